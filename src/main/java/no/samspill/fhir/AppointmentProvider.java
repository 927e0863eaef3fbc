package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.meeting.CancelMeeting;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.RecordMeetingHeld;
import no.samspill.meeting.RescheduleMeeting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingQueries;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonId;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * Appointment = a meeting, through {@link MeetingQueries} (administrative data: whoever the UI shows the meeting
 * times to; a GP only the meetings they are invited to). Update = the meeting module's use cases: a new start/end
 * reschedules, status {@code cancelled} cancels, {@code fulfilled} records it as held; If-Match is required and is the
 * meeting's optimistic-lock version (412 when stale).
 */
@Component
class AppointmentProvider implements IResourceProvider {

    private final MeetingQueries meetings;
    private final PathwayQueries pathways;
    private final RescheduleMeeting reschedule;
    private final CancelMeeting cancel;
    private final RecordMeetingHeld held;
    private final PersonDataAccess access;

    AppointmentProvider(MeetingQueries meetings, PathwayQueries pathways, RescheduleMeeting reschedule,
                        CancelMeeting cancel, RecordMeetingHeld held, PersonDataAccess access) {
        this.meetings = meetings;
        this.pathways = pathways;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.held = held;
        this.access = access;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Read
    public Appointment read(@IdParam IdType id) {
        return MeetingMapping.appointment(meetings.byId(FhirIds.uuidOrNotFound(id)));
    }

    /** The person's meetings on all their pathways the user may see, earliest first. */
    @Search
    public List<Appointment> search(@RequiredParam(name = Appointment.SP_PATIENT) ReferenceParam patient,
                                    @OptionalParam(name = Appointment.SP_STATUS) TokenOrListParam status,
                                    @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
                                    @OptionalParam(name = Appointment.SP_APPOINTMENT_TYPE) TokenOrListParam type,
            @Offset Integer offset, @Count Integer count) {
        List<Meeting> found = new ArrayList<>();
        FhirIds.patient(patient).ifPresent(person -> {
            for (Pathway pathway : Searches.visibleOrEmpty(() -> pathways.ofPerson(new PersonId(person)))) {
                found.addAll(Searches.visibleOrEmpty(() -> meetings.ofPathway(pathway.id())));
            }
        });
        return Searches.page(found.stream()
                .filter(m -> Searches.within(date, m.startsAt()))
                .sorted(Comparator.comparing(Meeting::startsAt))
                .map(MeetingMapping::appointment)
                .filter(a -> Searches.matches(status, a.getStatus().toCode()))
                .filter(a -> Searches.matches(type, a.getAppointmentType().getCodingFirstRep().getCode()))
                .toList(), offset, count);
    }

    /**
     * Reschedule (new start/end, status booked), cancel (status cancelled) or record as held (status fulfilled). The
     * type, place and participants with their replies cannot change over FHIR (422): they have their own steps in the
     * UI. Without If-Match: 428, so that nobody overwrites a change they have not seen.
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Appointment appointment) {
        UUID meetingId = FhirIds.uuidOrNotFound(id);
        int expected = FhirIds.ifMatchVersion(id);
        Meeting current = meetings.byId(meetingId);
        Appointment stored = MeetingMapping.appointment(current);
        if (!stored.getAppointmentType().getCodingFirstRep().getCode().equals(
                appointment.getAppointmentType().getCodingFirstRep().getCode())) {
            throw new UnprocessableEntityException("Appointment.appointmentType cannot be changed");
        }
        if (!participants(stored).equals(participants(appointment))) {
            throw new UnprocessableEntityException("Appointment.participant cannot be changed over FHIR (roles, names "
                    + "and replies are kept as they are)");
        }
        if (appointment.getStart() == null || appointment.getEnd() == null) {
            throw new UnprocessableEntityException("Appointment.start and Appointment.end are required");
        }
        boolean moved = !appointment.getStart().equals(stored.getStart()) || !appointment.getEnd().equals(stored.getEnd());
        Appointment.AppointmentStatus status = appointment.getStatus();
        String actor = access.viewer().username();
        Meeting changed;
        if (status == stored.getStatus() && !moved) {
            if (current.version() != expected) {
                throw new PreconditionFailedException("Appointment/" + meetingId + " is at version "
                        + current.version() + ", not " + expected);
            }
            changed = current;
        } else if (status == Appointment.AppointmentStatus.BOOKED && moved) {
            changed = reschedule.reschedule(meetingId, expected, new MeetingRequest(current.type(),
                    LocalDateTime.ofInstant(appointment.getStart().toInstant(), Meeting.OSLO),
                    (int) Duration.between(appointment.getStart().toInstant(), appointment.getEnd().toInstant())
                            .toMinutes(), current.place(), current.videoLink(), current.participants()), actor);
        } else if (status == Appointment.AppointmentStatus.CANCELLED && !moved) {
            changed = cancel.cancel(meetingId, expected, actor);
        } else if (status == Appointment.AppointmentStatus.FULFILLED && !moved) {
            changed = held.held(meetingId, expected, actor);
        } else {
            throw new UnprocessableEntityException("Supported changes: a new start/end (status booked), status "
                    + "cancelled, or status fulfilled; one at a time");
        }
        Appointment updated = MeetingMapping.appointment(changed);
        return new MethodOutcome(new IdType("Appointment", meetingId.toString(), updated.getMeta().getVersionId()))
                .setResource(updated);
    }

    /** What identifies the participants and their replies: role, display and status, in order. */
    private static List<String> participants(Appointment a) {
        return a.getParticipant().stream().map(p -> p.getTypeFirstRep().getCodingFirstRep().getCode() + "|"
                + Objects.toString(p.getActor().getDisplay(), "") + "|"
                + (p.getStatus() == null ? "" : p.getStatus().toCode())).toList();
    }
}
