package no.samspill.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.history.ChangeLog;
import no.samspill.person.Employment;
import no.samspill.person.Patient;
import no.samspill.person.RegisterPatient;
import no.samspill.shared.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic receives a referral: patient and employment are recorded, and the assessment deadline is set. */
@Service
public class RegisterReferral {

    private final Referrals referrals;
    private final RegisterPatient registerPatient;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterReferral(Referrals referrals, RegisterPatient registerPatient, ChangeLog changeLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.registerPatient = registerPatient;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Referral register(NewReferral referral, String actor) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        referral.check(errors, today);
        errors.throwIfAny();

        Instant now = clock.instant();
        Patient patient = registerPatient.register(referral.patient());
        UUID employmentId = null;
        if (referral.employment() != null) {
            Employment employment = registerPatient.addEmployment(patient.id(), referral.employment());
            employmentId = employment.id();
        }
        Referral created = new Referral(UUID.randomUUID(), patient.id(), employmentId, referral.clinicOrgNumber(),
                referral.referrer(), referral.receivedOn(), referral.sickLeave(), referral.complaintGroup(),
                referral.diagnosis(), referral.triedSoFar(), referral.workGoal(),
                AssessmentDeadline.forReceipt(referral.receivedOn()), ReferralStatus.RECEIVED, null, null, null, null,
                actor, now, null, 0);
        referrals.insert(created);
        changeLog.record(ChangeLog.change(patient.id().value(), "REFERRAL", created.id(), "Henvisning registrert",
                actor, now, "Mottatt " + no.samspill.shared.Dates.format(created.receivedOn())));
        events.publishEvent(new ReferralEvents.ReferralRegistered(created.id(), patient.id(),
                created.clinicOrgNumber(), created.receivedOn(), blankToNull(referral.coordinator()), actor));
        return created;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
