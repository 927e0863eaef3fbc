package no.samspill.referral;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.person.PersonId;
import no.samspill.shared.RefusedChangeException;

/** A referral as stored. State changes are methods that check the current state first. */
@PersonData(InformationCategory.HEALTH)
public record Referral(UUID id, PersonId personId, UUID employmentId, String clinicOrgNumber, Referrer referrer,
                       LocalDate receivedOn, ReferredSickLeave sickLeave, ComplaintGroup complaintGroup,
                       DiagnosisCode diagnosis, String triedSoFar, String workGoal, LocalDate assessmentDeadline,
                       ReferralStatus status, LocalDate latestStartDate, String decisionText, LocalDate decidedOn,
                       String decidedBy, String registeredBy, Instant registeredAt, String voidReason,
                       int version) {

    public boolean voided() {
        return voidReason != null;
    }

    public DeadlineStatus deadlineStatus(LocalDate today) {
        LocalDate settledOn = status.awaitingDecision() ? null : decidedOn;
        return AssessmentDeadline.status(assessmentDeadline, settledOn, today);
    }

    Referral decide(TriageDecision decision, LocalDate today, String actor) {
        if (voided()) {
            throw new RefusedChangeException("Henvisningen er registrert feil og kan ikke vurderes");
        }
        if (!status.awaitingDecision()) {
            throw new RefusedChangeException("Henvisningen er allerede vurdert (" + status.label() + ")");
        }
        return new Referral(id, personId, employmentId, clinicOrgNumber, referrer, receivedOn, sickLeave,
                complaintGroup, diagnosis, triedSoFar, workGoal, assessmentDeadline, decision.outcome().status(),
                decision.latestStartDate(), decision.text(), today, actor, registeredBy, registeredAt, voidReason,
                version);
    }

    Referral voidAsRegisteredInError(String reason) {
        if (voided()) {
            throw new RefusedChangeException("Henvisningen er allerede markert som registrert feil");
        }
        if (reason == null || reason.isBlank()) {
            throw no.samspill.shared.InvalidInputException.of("reason", "Oppgi hvorfor henvisningen er registrert feil");
        }
        return new Referral(id, personId, employmentId, clinicOrgNumber, referrer, receivedOn, sickLeave,
                complaintGroup, diagnosis, triedSoFar, workGoal, assessmentDeadline, status, latestStartDate,
                decisionText, decidedOn, decidedBy, registeredBy, registeredAt, reason.trim(), version);
    }
}
