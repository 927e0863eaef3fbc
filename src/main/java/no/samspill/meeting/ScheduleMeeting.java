package no.samspill.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Relationship;
import no.samspill.access.Relationships;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.history.ChangeLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules a meeting on an open pathway and invites the participants. */
@Service
public class ScheduleMeeting {

    private final MeetingStore store;
    private final PathwayQueries pathways;
    private final Relationships relationships;

    ScheduleMeeting(MeetingStore store, PathwayQueries pathways, Relationships relationships) {
        this.store = store;
        this.pathways = pathways;
        this.relationships = relationships;
    }

    @Transactional
    public Meeting schedule(UUID pathwayId, MeetingRequest request, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        UUID personId = pathway.personId().value();
        FieldErrors errors = new FieldErrors();
        store.checkTimeAndPlace(request, personId, pathway.openedOn(), errors);
        errors.throwIfAny();
        String gpHpr = gpOf(personId, request, errors);
        errors.throwIfAny();
        if (!pathway.state().open()) {
            throw new RefusedChangeException("Forløpet er avsluttet; nye møter kan ikke innkalles");
        }
        UUID id = UUID.randomUUID();
        store.access.requireWrite(personId, ClinicScope.clinic(pathway.clinicOrgNumber()), InformationCategory.ADMIN,
                "Meeting", id);
        List<Participant> invited = request.participants().stream()
                .map(p -> new Participant(p.role(), p.name().trim(), p.role() == Participant.Role.GP ? gpHpr
                        : MeetingStore.trimToNull(p.username()), Participant.Reply.NO_REPLY)).toList();
        Meeting meeting = new Meeting(id, pathwayId, personId, request.type(), MeetingStatus.INVITED,
                store.start(request), store.end(request), MeetingStore.trimToNull(request.place()),
                MeetingStore.trimToNull(request.videoLink()), invited, null, 0);
        var now = store.clock.instant();
        store.meetings.insert(meeting, actor, now);
        store.changeLog.record(ChangeLog.change(personId, "MEETING", id, request.type().label() + " innkalt", actor, now,
                invited.size() + " deltakere", InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        return meeting;
    }

    /**
     * Which GP is invited, by HPR number, so that only this GP sees the meeting: the one named (it must be a GP related
     * to the patient), else the patient's only related GP. Null when no GP is invited.
     */
    private String gpOf(UUID personId, MeetingRequest request, FieldErrors errors) {
        List<Participant> gps = request.participants().stream().filter(p -> p.role() == Participant.Role.GP).toList();
        if (gps.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(store.clock);
        List<String> related = relationships.of(personId).stream()
                .filter(r -> r.party() == Party.GP && r.validOn(today) && r.userRef() != null)
                .map(Relationship::userRef).distinct().toList();
        String named = MeetingStore.trimToNull(gps.get(0).username());
        errors.check(gps.size() == 1, "participants", "Bare én fastlege kan delta");
        if (named != null) {
            errors.check(related.contains(named), "participants", "Fastlegen er ikke pasientens fastlege i Samspill");
            return named;
        }
        errors.check(related.size() == 1, "participants", related.isEmpty()
                ? "Pasienten har ingen fastlege registrert i Samspill"
                : "Oppgi HPR-nummeret til fastlegen som skal delta");
        return related.size() == 1 ? related.get(0) : null;
    }
}
