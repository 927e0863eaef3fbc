package no.samspill.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.meeting.Meeting;
import no.samspill.pathway.Pathway;
import no.samspill.plan.PlanVersion;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The de-identified resources of a bulk export, built by copying only allowed elements from the full mappings (a
 * whitelist, so a field added to a mapping later does not slip into exports): no names, national IDs, contact details,
 * usernames or free text; every id a pseudonym; birth date as the year. Codes, statuses, dates of pathway events and
 * the clinic's organisation number stay, since they are what statistics need. Each resource is labelled PSEUDED.
 */
final class Deidentified {

    static final Coding PSEUDONYMISED = new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
            "PSEUDED", "pseudonymized");

    private Deidentified() {
    }

    static Patient patient(UUID personId, int birthYear, Pseudonyms pseudonyms) {
        var r = label(new Patient(), "Patient", personId, pseudonyms);
        r.setBirthDateElement(new DateType(FhirMapping.date(LocalDate.of(birthYear, 1, 1)), TemporalPrecisionEnum.YEAR));
        return r;
    }

    static EpisodeOfCare episodeOfCare(Pathway pathway, Pseudonyms pseudonyms) {
        EpisodeOfCare full = FhirMapping.episodeOfCare(pathway);
        var r = label(new EpisodeOfCare(), "EpisodeOfCare", pathway.id(), pseudonyms);
        r.setStatus(full.getStatus());
        r.setType(full.getType());
        r.setPatient(patientRef(pathway.personId().value(), pseudonyms));
        r.setManagingOrganization(full.getManagingOrganization());
        r.setPeriod(full.getPeriod());
        return r;
    }

    static Appointment appointment(Meeting meeting, Pseudonyms pseudonyms) {
        Appointment full = MeetingMapping.appointment(meeting);
        var r = label(new Appointment(), "Appointment", meeting.id(), pseudonyms);
        r.setStatus(full.getStatus());
        r.setAppointmentType(full.getAppointmentType());
        r.setStart(full.getStart());
        r.setEnd(full.getEnd());
        r.setMinutesDuration(full.getMinutesDuration());
        r.addSupportingInformation(episodeRef(meeting.pathwayId(), pseudonyms));
        for (var p : full.getParticipant()) {
            var copy = r.addParticipant().setType(p.getType()).setRequired(p.getRequired()).setStatus(p.getStatus());
            if (p.getActor().getReference() != null && p.getActor().getReference().startsWith("Patient/")) {
                copy.setActor(patientRef(meeting.personId(), pseudonyms));
            }
        }
        return r;
    }

    static CarePlan carePlan(PlanVersion plan, Pathway pathway, LocalDate today, Pseudonyms pseudonyms) {
        CarePlan full = PlanMapping.carePlan(plan, pathway, today);
        var r = label(new CarePlan(), "CarePlan", pathway.id(), pseudonyms);
        r.getMeta().setVersionId(full.getMeta().getVersionId()).setLastUpdated(full.getMeta().getLastUpdated());
        r.setStatus(full.getStatus());
        r.setIntent(full.getIntent());
        r.setCategory(full.getCategory());
        r.setSubject(patientRef(plan.personId(), pseudonyms));
        r.addSupportingInfo(episodeRef(pathway.id(), pseudonyms));
        r.setCreated(full.getCreated());
        r.setPeriod(full.getPeriod());
        for (int i = 0; i < full.getActivity().size(); i++) {
            var detail = full.getActivity().get(i).getDetail();
            var copy = r.addActivity().getDetail().setKind(detail.getKind()).setCode(detail.getCode())
                    .setStatus(detail.getStatus()).setScheduled(detail.getScheduled());
            if (i < plan.steps().size() && plan.steps().get(i).percent() != null) {
                // The graded steps' share of a working week, as a number (their text is generated, not written).
                copy.setDescription(plan.steps().get(i).percent() + " %");
            }
        }
        return r;
    }

    private static <T extends Resource> T label(T resource, String kind, UUID id, Pseudonyms pseudonyms) {
        resource.setId(pseudonyms.of(kind, id));
        resource.getMeta().addSecurity(PSEUDONYMISED.copy());
        return resource;
    }

    private static Reference patientRef(UUID personId, Pseudonyms pseudonyms) {
        return new Reference("Patient/" + pseudonyms.of("Patient", personId));
    }

    private static Reference episodeRef(UUID pathwayId, Pseudonyms pseudonyms) {
        return new Reference("EpisodeOfCare/" + pseudonyms.of("EpisodeOfCare", pathwayId));
    }
}
