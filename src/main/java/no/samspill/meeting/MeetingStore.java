package no.samspill.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.history.ChangeLog;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** What the meeting use cases share: load with a version check, check a time and place, save with the change log. */
@Component
class MeetingStore {

    final Meetings meetings;
    final ChangeLog changeLog;
    final PersonDataAccess access;
    final Clock clock;

    MeetingStore(Meetings meetings, ChangeLog changeLog, PersonDataAccess access, Clock clock) {
        this.meetings = meetings;
        this.changeLog = changeLog;
        this.access = access;
        this.clock = clock;
    }

    /** A meeting, its minutes and their corrections are held by the clinic of the meeting's pathway. */
    static ClinicScope scope(Meeting meeting) {
        return ClinicScope.pathway(meeting.pathwayId());
    }

    Meeting load(UUID id, int expectedVersion) {
        Meeting meeting = meetings.byId(id).orElseThrow(() -> new NotFoundException("Møtet"));
        if (meeting.version() != expectedVersion) {
            throw new ConcurrentChangeException("Møtet");
        }
        return meeting;
    }

    void save(Meeting changed, String action, String detail, InformationCategory category, String actor) {
        Instant now = clock.instant();
        meetings.update(changed, actor, now);
        changeLog.record(ChangeLog.change(changed.personId(), "MEETING", changed.id(), action, actor, now, detail,
                category).heldBy(access.clinicOfPathway(changed.pathwayId())));
    }

    /**
     * Checks time, duration, place or video link and participants; the GP only with the patient's consent. The meeting
     * may not be before the pathway began ({@code pathwayStart}, the referral date) unless the request allows it.
     */
    void checkTimeAndPlace(MeetingRequest r, UUID personId, LocalDate pathwayStart, FieldErrors errors) {
        errors.present("type", r.type());
        errors.present("start", r.start());
        if (r.start() != null) {
            errors.check(r.start().isAfter(LocalDateTime.now(clock).minusYears(1))
                    && r.start().isBefore(LocalDateTime.now(clock).plusYears(2)), "start",
                    "Møtetidspunktet må være innenfor ett år tilbake og to år fram i tid");
            errors.check(r.allowBeforePathway() || !r.start().toLocalDate().isBefore(pathwayStart), "start",
                    "Møtet er før forløpet startet (" + Dates.format(pathwayStart) + "). Kryss av for å tillate det.");
        }
        errors.check(r.durationMinutes() != null && r.durationMinutes() >= 15 && r.durationMinutes() <= 480,
                "durationMinutes", "Varighet må være mellom 15 og 480 minutter");
        boolean place = r.place() != null && !r.place().isBlank();
        boolean video = r.videoLink() != null && !r.videoLink().isBlank();
        errors.check(place || video, "place", "Oppgi sted eller videolenke");
        errors.check(!place || r.place().length() <= 300, "place", "Stedet kan ha høyst 300 tegn");
        errors.check(!video || (r.videoLink().startsWith("https://") && r.videoLink().length() <= 500
                && !r.videoLink().matches(".*[\\s\"<>].*")), "videoLink", "Videolenken må være en https-adresse");
        List<Participant> participants = r.participants() == null ? List.of() : r.participants();
        errors.check(!participants.isEmpty() && participants.size() <= 20, "participants", "Velg hvem som skal delta");
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            errors.check(p != null && p.role() != null, "participants[" + i + "].role", "Velg rolle");
            errors.check(p != null && p.name() != null && !p.name().isBlank() && p.name().length() <= 200,
                    "participants[" + i + "].name", "Skriv navnet (høyst 200 tegn)");
        }
        if (personId != null && participants.stream().anyMatch(p -> p != null && p.role() == Participant.Role.GP)) {
            errors.check(access.consented(personId, Party.GP, InformationCategory.ADMIN, Purpose.MEETING_PARTICIPATION),
                    "participants", "Fastlegen kan bare delta når pasienten har samtykket til det");
        }
    }

    Instant start(MeetingRequest r) {
        return r.start().atZone(Meeting.OSLO).toInstant();
    }

    Instant end(MeetingRequest r) {
        return r.start().plusMinutes(r.durationMinutes()).atZone(Meeting.OSLO).toInstant();
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
