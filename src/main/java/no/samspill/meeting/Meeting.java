package no.samspill.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.shared.RefusedChangeException;

/** A meeting on a pathway. State changes are methods that check the status first. */
@PersonData(InformationCategory.ADMIN)
public record Meeting(UUID id, UUID pathwayId, UUID personId, MeetingType type, MeetingStatus status, Instant startsAt,
                      Instant endsAt, String place, String videoLink, List<Participant> participants, Minutes minutes,
                      int version) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public Meeting {
        participants = List.copyOf(participants);
    }

    Meeting reschedule(Instant newStart, Instant newEnd, String newPlace, String newVideoLink) {
        MeetingStatus moved = status.moveTo(MeetingStatus.RESCHEDULED);
        // A new time or place asks everyone again.
        List<Participant> asked = participants.stream().map(p -> p.withReply(Participant.Reply.NO_REPLY)).toList();
        return new Meeting(id, pathwayId, personId, type, moved, newStart, newEnd, newPlace, newVideoLink, asked, minutes,
                version);
    }

    Meeting hold(Instant now) {
        if (startsAt.isAfter(now)) {
            throw new RefusedChangeException("Møtet kan ikke markeres som avholdt før det har startet");
        }
        return withStatus(status.moveTo(MeetingStatus.HELD));
    }

    Meeting cancel() {
        return withStatus(status.moveTo(MeetingStatus.CANCELLED));
    }

    Meeting reply(int participant, Participant.Reply reply) {
        if (!status.open()) {
            throw new RefusedChangeException("Svar kan bare registreres før møtet er avholdt eller avlyst");
        }
        if (participant < 0 || participant >= participants.size()) {
            throw no.samspill.shared.InvalidInputException.of("participant", "Velg en deltaker i møtet");
        }
        List<Participant> changed = new ArrayList<>(participants);
        changed.set(participant, participants.get(participant).withReply(reply));
        return new Meeting(id, pathwayId, personId, type, status, startsAt, endsAt, place, videoLink, changed, minutes,
                version);
    }

    Meeting writeMinutes(Minutes draft) {
        if (status != MeetingStatus.HELD) {
            throw new RefusedChangeException("Referat kan bare skrives for et avholdt møte");
        }
        if (minutes != null && minutes.finalised()) {
            throw new RefusedChangeException("Referatet er ferdigstilt; bruk «Rett referatet» med en begrunnelse");
        }
        return withMinutes(draft);
    }

    Meeting correctMinutes(Minutes corrected) {
        if (minutes == null || !minutes.finalised()) {
            throw new RefusedChangeException("Bare et ferdigstilt referat rettes; et utkast kan endres direkte");
        }
        return withMinutes(corrected);
    }

    public boolean invites(Participant.Role role) {
        return participants.stream().anyMatch(p -> p.role() == role);
    }

    /**
     * Is one of these identities (a user name, HPR number or national ID number of one log-in) a participant in this
     * role? How the GP and the nearest leader see only their own meetings.
     */
    public boolean invitesAs(Participant.Role role, java.util.Collection<String> identities) {
        return participants.stream().anyMatch(p -> p.role() == role && p.username() != null
                && identities.contains(p.username()));
    }

    public boolean invitesUser(String username) {
        return participants.stream().anyMatch(p -> username != null && username.equals(p.username()));
    }

    /** The meeting as someone without access to the minutes sees it. */
    public Meeting withMinutes(Minutes visible) {
        return new Meeting(id, pathwayId, personId, type, status, startsAt, endsAt, place, videoLink, participants, visible,
                version);
    }

    private Meeting withStatus(MeetingStatus next) {
        return new Meeting(id, pathwayId, personId, type, next, startsAt, endsAt, place, videoLink, participants, minutes,
                version);
    }
}
