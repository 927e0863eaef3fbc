package no.samspill.fhir;

import java.util.Map;
import java.util.function.Consumer;
import no.samspill.meeting.MeetingQueries;
import no.samspill.pathway.Pathway;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.plan.PlanQueries;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resource types {@code $export} writes, one bean each. Each reads through its module's export query (with the
 * job's grant) for the pathways or persons of one page and writes {@link Deidentified} resources. {@code _since} counts
 * where a resource has a change time of its own (CarePlan: when the version was published); types without one are
 * written in full.
 */
@Configuration(proxyBeanMethods = false)
class ExportTypes {

    @Bean
    ExportableType patientExport(PersonDirectory persons) {
        return exportable("Patient", (batch, out) -> {
            Map<PersonId, Integer> years = persons.birthYearsForExport(batch.grant(), batch.newPersons());
            batch.newPersons().stream().filter(years::containsKey).forEach(id -> out.accept(
                    Deidentified.patient(id.value(), years.get(id), batch.pseudonyms())));
        });
    }

    @Bean
    ExportableType episodeOfCareExport() {
        return exportable("EpisodeOfCare", (batch, out) -> batch.pathways().forEach(p -> out.accept(
                Deidentified.episodeOfCare(p, batch.pseudonyms()))));
    }

    @Bean
    ExportableType appointmentExport(MeetingQueries meetings) {
        return exportable("Appointment", (batch, out) -> {
            for (Pathway p : batch.pathways()) {
                meetings.forExport(batch.grant(), p.id()).forEach(m -> out.accept(
                        Deidentified.appointment(m, batch.pseudonyms())));
            }
        });
    }

    @Bean
    ExportableType carePlanExport(PlanQueries plans) {
        return exportable("CarePlan", (batch, out) -> {
            for (Pathway p : batch.pathways()) {
                plans.latestForExport(batch.grant(), p.id())
                        .filter(v -> batch.since() == null || !v.publishedAt().isBefore(batch.since()))
                        .ifPresent(v -> out.accept(Deidentified.carePlan(v, p, batch.today(), batch.pseudonyms())));
            }
        });
    }

    private static ExportableType exportable(String type, java.util.function.BiConsumer<ExportBatch,
            Consumer<Resource>> writer) {
        return new ExportableType() {
            @Override
            public String resourceType() {
                return type;
            }

            @Override
            public void write(ExportBatch batch, Consumer<Resource> out) {
                writer.accept(batch, out);
            }
        };
    }
}
