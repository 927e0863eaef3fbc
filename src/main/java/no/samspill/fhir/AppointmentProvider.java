package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
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
 * times to; a GP only the meetings they are invited to).
 */
@Component
class AppointmentProvider implements IResourceProvider {

    private final MeetingQueries meetings;
    private final PathwayQueries pathways;

    AppointmentProvider(MeetingQueries meetings, PathwayQueries pathways) {
        this.meetings = meetings;
        this.pathways = pathways;
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
}
