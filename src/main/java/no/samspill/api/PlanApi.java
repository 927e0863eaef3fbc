package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.plan.AcknowledgePlan;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanQueries;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plan versions and their acknowledgements. */
@RestController
class PlanApi {

    private final PlanQueries plans;
    private final PublishPlanVersion publish;
    private final AcknowledgePlan acknowledge;
    private final CurrentUsers users;

    PlanApi(PlanQueries plans, PublishPlanVersion publish, AcknowledgePlan acknowledge, CurrentUsers users) {
        this.plans = plans;
        this.publish = publish;
        this.acknowledge = acknowledge;
        this.users = users;
    }

    @GetMapping("/api/v1/pathways/{id}/plan-versions")
    List<PlanVersion> versions(@PathVariable UUID id) {
        return plans.versions(id);
    }

    /** {@code basedOn} is the version the client edited (0 for the first); a stale one answers 409. */
    @PostMapping("/api/v1/pathways/{id}/plan-versions")
    ResponseEntity<PlanVersion> publish(@PathVariable UUID id,
                                        @Valid @org.springframework.web.bind.annotation.RequestBody PublishRequest r) {
        PlanVersion version = publish.publish(id, r.basedOn(), new PlanDraft(r.goal(), r.adjustments(), r.steps(),
                r.navMeasures(), r.reviewDates(), Boolean.TRUE.equals(r.allowDatesOutsidePathway())),
                users.current().username());
        return ResponseEntity.created(URI.create("/api/v1/plan-versions/" + version.id())).body(version);
    }

    @GetMapping("/api/v1/plan-versions/{id}")
    PlanVersion one(@PathVariable UUID id) {
        return plans.version(id);
    }

    /** The patient or the nearest leader confirms the version. No body. */
    @PostMapping("/api/v1/plan-versions/{id}/acknowledgements")
    PlanVersion acknowledge(@PathVariable UUID id) {
        return acknowledge.acknowledge(id, users.current().username());
    }

    record PublishRequest(@NotNull Integer basedOn, @Size(max = 2000) String goal,
                          @Size(max = 30) List<PlanDraft.Adjustment> adjustments,
                          @Size(max = 30) List<PlanDraft.GradedStep> steps, @Size(max = 4000) String navMeasures,
                          @Size(max = 20) List<LocalDate> reviewDates, Boolean allowDatesOutsidePathway) {
    }
}
