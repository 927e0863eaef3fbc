package no.samspill.indicator;

import no.samspill.assessment.AssessmentRecorded;
import no.samspill.meeting.MeetingHeld;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayEvents.PathwayChanged;
import no.samspill.pathway.PathwayQueries;
import no.samspill.questionnaire.QuestionnaireEvents.ResponseSubmitted;
import no.samspill.questionnaire.QuestionnaireEvents.ResponsesSubmitted;
import no.samspill.sickleave.SickLeaveEvents.TimelineChanged;
import no.samspill.access.PersonDataAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts and cells current: every event that can change what a pathway counts for marks it out of date, in the
 * publishing transaction (so the mark is never lost), and the {@link IndicatorRefresher} recomputes it within about a
 * second — the dashboard does not wait for a nightly batch, and the clinical write path pays one insert.
 */
@Component
class FollowIndicatorSources {

    private final RefreshPathwayIndicators refresh;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;

    FollowIndicatorSources(RefreshPathwayIndicators refresh, PathwayQueries pathways, PersonDataAccess access) {
        this.refresh = refresh;
        this.pathways = pathways;
        this.access = access;
    }

    @EventListener
    void on(PathwayChanged event) {
        refresh.soon(event.pathwayId());
    }

    @EventListener
    void on(AssessmentRecorded event) {
        refresh.soon(event.pathwayId());
    }

    @EventListener
    void on(MeetingHeld event) {
        refresh.soon(event.pathwayId());
    }

    @EventListener
    void on(ResponsesSubmitted event) {
        refresh.soon(event.responses().stream().map(ResponseSubmitted::pathwayId).toList());
    }

    @EventListener
    void on(no.samspill.questionnaire.QuestionnaireEvents.ResponseCorrected event) {
        refresh.soon(event.pathwayId());
    }

    /** Sick leave belongs to the person: every pathway of theirs may count differently. */
    @EventListener
    void on(TimelineChanged event) {
        access.asSystem(() -> pathways.ofPerson(event.personId())).stream().map(Pathway::id)
                .forEach(refresh::soon);
    }
}
