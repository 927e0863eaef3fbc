package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import no.samspill.trial.Allocation;
import no.samspill.trial.ArmCount;
import no.samspill.trial.CloseTrial;
import no.samspill.trial.CreateTrial;
import no.samspill.trial.EnrolPathway;
import no.samspill.trial.NewTrial;
import no.samspill.trial.OpenTrial;
import no.samspill.trial.Trial;
import no.samspill.trial.TrialArm;
import no.samspill.trial.TrialDesign;
import no.samspill.trial.TrialQueries;
import no.samspill.trial.WithdrawFromTrial;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trials: the analyst creates and opens them; the clinic team enrols its own pathways; a pathway's allocation is read
 * by whoever may read the person's administrative data. The allocation sequence has no route.
 */
@RestController
class TrialApi {

    private final TrialQueries trials;
    private final CreateTrial createTrial;
    private final OpenTrial openTrial;
    private final CloseTrial closeTrial;
    private final EnrolPathway enrolPathway;
    private final WithdrawFromTrial withdrawFromTrial;
    private final CurrentUsers users;

    TrialApi(TrialQueries trials, CreateTrial createTrial, OpenTrial openTrial, CloseTrial closeTrial,
             EnrolPathway enrolPathway, WithdrawFromTrial withdrawFromTrial, CurrentUsers users) {
        this.trials = trials;
        this.createTrial = createTrial;
        this.openTrial = openTrial;
        this.closeTrial = closeTrial;
        this.enrolPathway = enrolPathway;
        this.withdrawFromTrial = withdrawFromTrial;
        this.users = users;
    }

    @GetMapping("/api/v1/trials")
    List<TrialView> all() {
        return trials.all().stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/trials/{code}")
    TrialView one(@PathVariable String code) {
        return view(trials.byCode(code).orElseThrow(() -> new NotFoundException("Studien")));
    }

    @PostMapping("/api/v1/trials")
    ResponseEntity<TrialView> create(@Valid @RequestBody TrialRequest request) {
        Trial trial = createTrial.create(new NewTrial(request.code(), request.title(), request.design(),
                request.arms() == null ? null : request.arms().stream()
                        .map(a -> a == null ? null : new TrialArm(a.code(), a.label())).toList(),
                request.blockSizes(), request.clinics(), request.plannedPerClinic()));
        return ResponseEntity.created(URI.create("/api/v1/trials/" + trial.code())).body(view(trial));
    }

    @PostMapping("/api/v1/trials/{code}/open")
    TrialView open(@PathVariable String code, @Valid @RequestBody VersionRequest request) {
        return view(openTrial.open(code, request.version()));
    }

    @PostMapping("/api/v1/trials/{code}/close")
    TrialView close(@PathVariable String code, @Valid @RequestBody VersionRequest request) {
        return view(closeTrial.close(code, request.version()));
    }

    @PostMapping("/api/v1/trials/{code}/enrolments")
    ResponseEntity<AllocationView> enrol(@PathVariable String code, @Valid @RequestBody EnrolRequest request) {
        Allocation allocation = enrolPathway.enrol(code, request.pathwayId(), users.current().username());
        return ResponseEntity.created(URI.create("/api/v1/pathways/" + request.pathwayId() + "/trial-allocation"))
                .body(view(allocation));
    }

    /**
     * Withdraws an enrolled pathway (the pathway's clinic team). The arm is kept; the answer has no
     * body, since the trial manager may not read the allocation itself.
     */
    @PostMapping("/api/v1/trials/{code}/enrolments/{pathwayId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String code, @PathVariable UUID pathwayId,
                                  @RequestBody(required = false) WithdrawRequest request) {
        withdrawFromTrial.withdraw(code, pathwayId, request == null ? null : request.reason(),
                users.current().username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/pathways/{id}/trial-allocation")
    AllocationView allocation(@PathVariable UUID id) {
        return trials.allocationOf(id).map(TrialApi::view)
                .orElseThrow(() -> new NotFoundException("Forløpet er ikke inkludert i noen studie, eller det"));
    }

    private TrialView view(Trial t) {
        return new TrialView(t.id(), t.code(), t.title(), t.design(), t.arms().stream()
                .map(a -> new ArmView(a.code(), a.label())).toList(), t.blockSizes(), t.clinics(), t.plannedPerClinic(),
                t.status().name(), t.openedAt(), t.closedAt(), t.version(), trials.countsByArm(t.id()));
    }

    private static AllocationView view(Allocation a) {
        return new AllocationView(a.pathwayId(), a.trialCode(), a.trialTitle(), a.design(), a.arm(), a.armLabel(),
                a.enrolledAt(), a.enrolledBy(), a.withdrawnAt(), a.withdrawnBy(), a.withdrawalReason());
    }

    record ArmView(String code, String label) {
    }

    record TrialView(UUID id, String code, String title, TrialDesign design, List<ArmView> arms, List<Integer> blockSizes,
                     List<String> clinics, int plannedPerClinic, String status, Instant openedAt, Instant closedAt,
                     int version,
                     List<ArmCount> enrolledByArm) {
    }

    record AllocationView(UUID pathwayId, String trialCode, String trialTitle, TrialDesign design, String arm,
                          String armLabel, Instant enrolledAt, String enrolledBy, Instant withdrawnAt,
                          String withdrawnBy, String withdrawalReason) {
    }

    record TrialRequest(String code, String title, TrialDesign design, List<ArmRequest> arms, List<Integer> blockSizes,
                        List<String> clinics, Integer plannedPerClinic) {
    }

    record ArmRequest(String code, String label) {
    }

    record VersionRequest(@NotNull Integer version) {
    }

    record EnrolRequest(@NotNull UUID pathwayId) {
    }

    /** The reason is checked by the use case ({@code WithdrawalReason}): required, at most 500 characters. */
    record WithdrawRequest(String reason) {
    }
}
