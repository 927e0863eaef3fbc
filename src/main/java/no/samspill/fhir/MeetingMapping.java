package no.samspill.fhir;

import java.util.Date;
import java.util.Locale;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingStatus;
import no.samspill.meeting.Participant;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Meeting to Appointment: administrative data only (type, status, time, place, participants and their replies). The
 * minutes (work-function and health data) are never part of the Appointment. {@code meta.versionId} is the meeting's
 * optimistic-lock version, so an update's If-Match names the version it was based on.
 */
final class MeetingMapping {

    static final String MEETING_TYPE = FhirMapping.CODES + "meeting-type";
    static final String MEETING_ROLE = FhirMapping.CODES + "meeting-role";

    private MeetingMapping() {
    }

    static Appointment appointment(Meeting m) {
        var r = new Appointment();
        r.setId(m.id().toString());
        r.getMeta().setVersionId(Integer.toString(m.version()));
        r.setStatus(status(m.status()));
        r.setAppointmentType(new CodeableConcept(new Coding(MEETING_TYPE, code(m.type()), m.type().label()))
                .setText(m.type().label()));
        r.setDescription(m.type().label());
        r.setStart(Date.from(m.startsAt()));
        r.setEnd(Date.from(m.endsAt()));
        r.setMinutesDuration((int) java.time.Duration.between(m.startsAt(), m.endsAt()).toMinutes());
        StringBuilder where = new StringBuilder();
        if (m.place() != null) {
            where.append("Sted: ").append(m.place());
        }
        if (m.videoLink() != null) {
            where.append(where.isEmpty() ? "" : "; ").append("Video: ").append(m.videoLink());
        }
        if (!where.isEmpty()) {
            r.setComment(where.toString());
        }
        r.addSupportingInformation(new Reference("EpisodeOfCare/" + m.pathwayId()));
        for (Participant p : m.participants()) {
            var participant = r.addParticipant();
            participant.addType(new CodeableConcept(new Coding(MEETING_ROLE, p.role().name(), p.role().label()))
                    .setText(p.role().label()));
            Reference actor = new Reference().setDisplay(p.name());
            if (p.role() == Participant.Role.PATIENT) {
                actor.setReference("Patient/" + m.personId());
            }
            participant.setActor(actor);
            participant.setRequired(Appointment.ParticipantRequired.REQUIRED);
            participant.setStatus(switch (p.reply()) {
                case NO_REPLY -> Appointment.ParticipationStatus.NEEDSACTION;
                case COMING -> Appointment.ParticipationStatus.ACCEPTED;
                case NEW_TIME_WANTED -> Appointment.ParticipationStatus.TENTATIVE;
                case NOT_COMING -> Appointment.ParticipationStatus.DECLINED;
            });
        }
        return r;
    }

    /** Invited and rescheduled meetings have a time everyone is asked to; held ones are fulfilled. */
    static Appointment.AppointmentStatus status(MeetingStatus status) {
        return switch (status) {
            case INVITED, RESCHEDULED -> Appointment.AppointmentStatus.BOOKED;
            case HELD -> Appointment.AppointmentStatus.FULFILLED;
            case CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
        };
    }

    static String code(no.samspill.meeting.MeetingType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
