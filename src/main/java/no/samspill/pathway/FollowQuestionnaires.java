package no.samspill.pathway;

import no.samspill.questionnaire.QuestionnaireEvents.RoundClosed;
import no.samspill.questionnaire.QuestionnaireEvents.RoundScheduled;
import no.samspill.questionnaire.QuestionnaireEvents.RoundsClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A planned questionnaire round goes on the coordinator's worklist with its due date (the worklist's own scopes show
 * it when due and flag it when overdue); an answered round leaves it. A pathway without a coordinator or a closed one
 * gets no row.
 */
@Component
class FollowQuestionnaires {

    private final Pathways pathways;
    private final WorklistItems items;

    FollowQuestionnaires(Pathways pathways, WorklistItems items) {
        this.pathways = pathways;
        this.items = items;
    }

    @EventListener
    void on(RoundScheduled event) {
        pathways.byId(event.pathwayId())
                .filter(p -> p.state().open() && p.coordinator() != null)
                .ifPresent(p -> items.upsert(p.id(), WorklistKind.QUESTIONNAIRE, event.roundId().toString(),
                        p.coordinator(), event.title(), event.dueDate()));
    }

    @EventListener
    void on(RoundClosed event) {
        items.remove(event.pathwayId(), WorklistKind.QUESTIONNAIRE, event.roundId().toString());
    }

    /** Rounds answered in one group commit leave the worklist in one statement. */
    @EventListener
    void on(RoundsClosed event) {
        items.removeQuestionnaireRounds(event.rounds().stream().map(RoundClosed::pathwayId).toList(),
                event.rounds().stream().map(r -> r.roundId().toString()).toList());
    }
}
