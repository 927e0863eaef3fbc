package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.NearestLeader;
import no.samspill.person.Patient;
import no.samspill.person.PatientDetails;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.RegisterReferralInError;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referral intake and triage over JSON. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApi {

    private final RegisterReferral registerReferral;
    private final TriageReferral triageReferral;
    private final RegisterReferralInError registerInError;
    private final ReferralQueries referrals;
    private final PersonDirectory persons;
    private final CurrentUsers users;
    private final Clock clock;

    ReferralApi(RegisterReferral registerReferral, TriageReferral triageReferral, RegisterReferralInError registerInError,
                ReferralQueries referrals, PersonDirectory persons, CurrentUsers users, Clock clock) {
        this.registerReferral = registerReferral;
        this.triageReferral = triageReferral;
        this.registerInError = registerInError;
        this.referrals = referrals;
        this.persons = persons;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ApiViews.ReferralView> register(@Valid @RequestBody ReferralRequest request) {
        CurrentUser user = users.current();
        FieldErrors errors = new FieldErrors();
        NationalIdNumber nationalId = errors.required("patient.nationalId", request.patient().nationalId(), NationalIdNumber::parse);
        HprNumber hpr = errors.optional("referrer.hpr", request.referrer().hpr(), HprNumber::parse);
        OrganisationNumber employer = request.employment() == null ? null
                : errors.required("employment.employerOrgNumber", request.employment().employerOrgNumber(),
                OrganisationNumber::parse);
        NearestLeader leader = request.employment() == null ? null
                : errors.optional("employment.nearestLeader", request.employment().nearestLeader(), NearestLeader::parse);
        DiagnosisCode diagnosis = errors.required("diagnosis.code", request.diagnosis().code(),
                code -> new DiagnosisCode(request.diagnosis().system(), code));
        errors.throwIfAny();

        NewReferral referral = new NewReferral(user.organisationNumber(),
                new Referrer(request.referrer().kind(), request.referrer().name(), hpr, request.referrer().organisation()),
                new PatientDetails(nationalId, request.patient().givenName(), request.patient().familyName(),
                        request.patient().phone(), request.patient().email()),
                request.employment() == null ? null : new EmploymentDetails(employer, request.employment().employerName(),
                        request.employment().occupation(), request.employment().leaderName(),
                        request.employment().leaderPhone(), request.employment().leaderEmail(),
                        leader == null ? null : leader.value()),
                request.receivedOn(),
                new ReferredSickLeave(request.sickLeave().status(), request.sickLeave().grade(), request.sickLeave().since()),
                request.complaintGroup(), diagnosis, request.triedSoFar(), request.workGoal(),
                request.coordinator() == null ? user.username() : request.coordinator());
        var created = registerReferral.register(referral, user.username());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + created.id())).body(view(created.id()));
    }

    @GetMapping
    List<ApiViews.ReferralView> awaitingDecision(@RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String clinic = users.current().organisationNumber();
        var list = referrals.awaitingDecision(clinic, page, size);
        Map<PersonId, Patient> patients = persons.patients(list.stream().map(r -> r.personId()).toList());
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(r -> ApiViews.referral(r, patients.get(r.personId()), today)).toList();
    }

    @GetMapping("/{id}")
    ApiViews.ReferralView one(@PathVariable UUID id) {
        return view(id);
    }

    @PostMapping("/{id}/triage")
    ApiViews.ReferralView triage(@PathVariable UUID id, @Valid @RequestBody TriageRequest request) {
        triageReferral.triage(visible(id), request.version(),
                new TriageDecision(request.outcome(), request.latestStartDate(), request.text()), users.current().username());
        return view(id);
    }

    @PostMapping("/{id}/registered-in-error")
    ApiViews.ReferralView registeredInError(@PathVariable UUID id, @Valid @RequestBody VoidRequest request) {
        registerInError.registerInError(visible(id), request.version(), request.reason(), users.current().username());
        return view(id);
    }

    private ApiViews.ReferralView view(UUID id) {
        var referral = referrals.byId(visible(id)).orElseThrow();
        return ApiViews.referral(referral, persons.patient(referral.personId()).orElse(null), LocalDate.now(clock));
    }

    /** The referral's id, if the viewer may see it (the access decision answers: 404 or 403 otherwise). */
    private UUID visible(UUID id) {
        return referrals.byId(id).map(r -> r.id()).orElseThrow(() -> new NotFoundException("Henvisningen"));
    }

    record ReferralRequest(@NotNull @Valid ReferrerRequest referrer, @NotNull @Valid PatientRequest patient,
                           @Valid EmploymentRequest employment, @NotNull LocalDate receivedOn,
                           @NotNull @Valid SickLeaveRequest sickLeave, @NotNull ComplaintGroup complaintGroup,
                           @NotNull @Valid DiagnosisRequest diagnosis, @Size(max = 4000) String triedSoFar,
                           @Size(max = 4000) String workGoal, @Size(max = 100) String coordinator) {
    }

    record ReferrerRequest(@NotNull ReferrerKind kind, @NotBlank @Size(max = 200) String name, String hpr,
                           @Size(max = 200) String organisation) {
    }

    record PatientRequest(@NotBlank String nationalId, @NotBlank @Size(max = 100) String givenName,
                          @NotBlank @Size(max = 100) String familyName, @Size(max = 30) String phone,
                          @Size(max = 200) String email) {
    }

    record EmploymentRequest(@NotBlank String employerOrgNumber, @NotBlank @Size(max = 200) String employerName,
                             @Size(max = 200) String occupation, @Size(max = 200) String leaderName,
                             @Size(max = 30) String leaderPhone, @Size(max = 200) String leaderEmail,
                             @Size(max = 100) String nearestLeader) {
    }

    record SickLeaveRequest(@NotNull SickLeaveStatus status, Integer grade, LocalDate since) {
    }

    record DiagnosisRequest(@NotNull DiagnosisCode.System system, @NotBlank String code) {
    }

    record TriageRequest(@NotNull Integer version, @NotNull TriageOutcome outcome, LocalDate latestStartDate,
                         @Size(max = 4000) String text) {
    }

    record VoidRequest(@NotNull Integer version, @NotBlank @Size(max = 1000) String reason) {
    }
}
