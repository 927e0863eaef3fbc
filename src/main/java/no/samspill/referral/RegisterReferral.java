package no.samspill.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Relationships;
import no.samspill.history.ChangeLog;
import no.samspill.shared.Dates;
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
    private final Relationships relationships;
    private final PersonDataAccess access;
    private final Clock clock;

    RegisterReferral(Referrals referrals, RegisterPatient registerPatient, ChangeLog changeLog,
                     ApplicationEventPublisher events, Relationships relationships, PersonDataAccess access, Clock clock) {
        this.relationships = relationships;
        this.access = access;
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
        Patient patient = registerPatient.register(referral.patient(), actor);
        UUID employmentId = null;
        if (referral.employment() != null) {
            Employment employment = registerPatient.addEmployment(patient.id(), referral.employment(), actor);
            employmentId = employment.id();
        }
        // Receiving the referral is what ties the clinic (and the referring GP) to the person.
        relationships.link(patient.id().value(), Party.CLINIC, referral.clinicOrgNumber(), null,
                "Henvisning mottatt " + Dates.format(referral.receivedOn()), actor);
        if (referral.referrer().hpr() != null) {
            relationships.link(patient.id().value(), Party.GP, null, referral.referrer().hpr().value(),
                    "Henviste pasienten " + Dates.format(referral.receivedOn()), actor);
        }
        Referral created = new Referral(UUID.randomUUID(), patient.id(), employmentId, referral.clinicOrgNumber(),
                referral.referrer(), referral.receivedOn(), referral.sickLeave(), referral.complaintGroup(),
                referral.diagnosis(), referral.triedSoFar(), referral.workGoal(),
                AssessmentDeadline.forReceipt(referral.receivedOn()), ReferralStatus.RECEIVED, null, null, null, null,
                actor, now, null, 0);
        access.requireWrite(patient.id().value(), ReferralQueries.scope(created), InformationCategory.HEALTH, "Referral",
                created.id());
        referrals.insert(created);
        changeLog.record(ChangeLog.change(patient.id().value(), "REFERRAL", created.id(), "Henvisning registrert",
                actor, now, "Mottatt " + Dates.format(created.receivedOn()), InformationCategory.ADMIN).heldBy(created.clinicOrgNumber()));
        events.publishEvent(new ReferralEvents.ReferralRegistered(created.id(), patient.id(),
                created.clinicOrgNumber(), created.receivedOn(), blankToNull(referral.coordinator()), actor));
        return created;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
