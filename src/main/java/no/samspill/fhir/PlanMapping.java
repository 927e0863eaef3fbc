package no.samspill.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import java.util.stream.Stream;
import no.samspill.pathway.Pathway;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanVersion;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The current version of a pathway's return-to-work plan (oppfølgingsplan) as a CarePlan: id = the pathway's id,
 * {@code meta.versionId} = the plan's version number. The graded return steps and the workplace adjustments are its
 * activities; its period runs from the first to the last of their dates.
 */
final class PlanMapping {

    static final String ACTIVITY = FhirMapping.CODES + "plan-activity";

    private PlanMapping() {
    }

    static CarePlan carePlan(PlanVersion plan, Pathway pathway, LocalDate today) {
        var r = new CarePlan();
        r.setId(plan.pathwayId().toString());
        r.getMeta().setVersionId(Integer.toString(plan.number())).setLastUpdated(Date.from(plan.publishedAt()));
        r.setStatus(status(pathway));
        r.setIntent(CarePlan.CarePlanIntent.PLAN);
        r.addCategory(new CodeableConcept(new Coding(FhirMapping.CODES + "plan-kind", "return-to-work",
                "Oppfølgingsplan")).setText("Oppfølgingsplan"));
        r.setTitle("Oppfølgingsplan, versjon " + plan.number());
        r.setDescription(plan.goal());
        r.setSubject(FhirMapping.patientRef(plan.personId()));
        r.addSupportingInfo(new Reference("EpisodeOfCare/" + plan.pathwayId()));
        r.setCreated(Date.from(plan.publishedAt()));
        r.setAuthor(new Reference().setDisplay(plan.publishedBy()));
        LocalDate first = first(plan);
        LocalDate last = last(plan);
        if (first != null) {
            r.setPeriod(new Period().setStartElement(day(first)).setEndElement(day(last)));
        }
        for (PlanDraft.GradedStep s : plan.steps()) {
            var detail = r.addActivity().getDetail();
            detail.setKind(CarePlan.CarePlanActivityKind.TASK);
            detail.setCode(new CodeableConcept(new Coding(ACTIVITY, "graded-work", "Gradert arbeid")));
            detail.setStatus(activityStatus(s.from(), s.to(), pathway, today));
            detail.setScheduled(period(s.from(), s.to()));
            detail.setDescription("Arbeid " + s.percent() + " % av full stilling");
        }
        for (PlanDraft.Adjustment a : plan.adjustments()) {
            var detail = r.addActivity().getDetail();
            detail.setKind(CarePlan.CarePlanActivityKind.TASK);
            detail.setCode(new CodeableConcept(new Coding(ACTIVITY, "workplace-adjustment", "Tilrettelegging")));
            detail.setStatus(activityStatus(a.from(), a.to(), pathway, today));
            detail.setScheduled(period(a.from(), a.to()));
            detail.setDescription(a.what() + " (ansvarlig: " + a.owner() + ")");
        }
        return r;
    }

    /** A plan on an open pathway is active; on a closed one, completed. */
    static CarePlan.CarePlanStatus status(Pathway pathway) {
        return pathway.state().open() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED;
    }

    /** Over (or the pathway closed): completed; begun: in progress; otherwise scheduled. */
    static CarePlan.CarePlanActivityStatus activityStatus(LocalDate from, LocalDate to, Pathway pathway,
                                                          LocalDate today) {
        if (!pathway.state().open() || (to != null && to.isBefore(today))) {
            return CarePlan.CarePlanActivityStatus.COMPLETED;
        }
        if (from != null && !from.isAfter(today)) {
            return CarePlan.CarePlanActivityStatus.INPROGRESS;
        }
        return CarePlan.CarePlanActivityStatus.SCHEDULED;
    }

    /** The first date of the plan's steps and adjustments, or null when it has none. */
    static LocalDate first(PlanVersion plan) {
        return dates(plan).min(Comparator.naturalOrder()).orElse(null);
    }

    static LocalDate last(PlanVersion plan) {
        return dates(plan).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Stream<LocalDate> dates(PlanVersion plan) {
        return Stream.concat(plan.steps().stream().flatMap(s -> Stream.of(s.from(), s.to())),
                plan.adjustments().stream().flatMap(a -> Stream.of(a.from(), a.to()))).filter(Objects::nonNull);
    }

    private static Period period(LocalDate from, LocalDate to) {
        Period p = new Period();
        if (from != null) {
            p.setStartElement(day(from));
        }
        if (to != null) {
            p.setEndElement(day(to));
        }
        return p;
    }

    private static DateTimeType day(LocalDate day) {
        return new DateTimeType(FhirMapping.date(day), TemporalPrecisionEnum.DAY);
    }
}
