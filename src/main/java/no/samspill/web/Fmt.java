package no.samspill.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.samspill.access.AccessBasis;
import no.samspill.access.Consent;
import no.samspill.access.Purpose;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.Dates;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates ({@code ${@fmt.date(d)}}): Norwegian dates, Oslo times, display names. */
@Component("fmt")
public class Fmt {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(OSLO);

    public String date(LocalDate date) {
        return Dates.format(date);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** The display name of a user, or the username when unknown. */
    public String user(String username) {
        if (username == null) {
            return "";
        }
        return DemoAccounts.USERS.stream().filter(u -> u.username().equals(username)).map(CurrentUser::displayName)
                .findFirst().orElse(username);
    }

    /** One access-log entry as a sentence for the patient: "så helseopplysninger (henvisningen)". */
    public String accessSentence(no.samspill.audit.AuditEntry e) {
        String what = switch (e.resourceType() == null ? "" : e.resourceType()) {
            case "Patient" -> "navn og kontaktopplysninger";
            case "Employment" -> "arbeidsforholdet";
            case "Referral" -> "henvisningen";
            case "TriageDecision" -> "vurderingen av henvisningen";
            case "SickLeave", "SickLeavePeriod" -> "sykmeldingen og fristene";
            case "Milestone" -> "fristene i sykefraværet";
            case "Pathway" -> "forløpet";
            case "Task" -> "oppgavene i forløpet";
            case "History" -> "endringshistorikken";
            case "Consent" -> "samtykkene dine";
            case "Team" -> "hvem som er med i teamet";
            case "AccessLog" -> "tilgangsloggen";
            case "TrialAllocation" -> "studiearmen i forløpet";
            case "TrialEnrolment" -> "inklusjonen i en studie";
            case "Meeting" -> "møtene i forløpet";
            case "MeetingReply" -> "svar på en møteinnkalling";
            case "Minutes" -> "referatet fra et møte";
            case "MinutesClinicalNote" -> "klinisk notat i et møtereferat";
            case "MinutesCorrection" -> "rettelser i et møtereferat";
            case "Plan" -> "oppfølgingsplanen";
            case "PlanAcknowledgement" -> "bekreftelsen av oppfølgingsplanen";
            case "Assessment" -> "den tverrfaglige kartleggingen";
            case "GpSummary" -> "sammendraget til fastlegen";
            case "WorkStatus" -> "arbeidsstatusen din";
            case "OwnTask" -> "en oppgave";
            case "QuestionnaireAssignment" -> "hvilke spørreskjemaer du skal svare på";
            case "QuestionnaireRound" -> "en runde med spørreskjemaer";
            case "QuestionnaireLink" -> "lenken til et spørreskjema";
            case "QuestionnaireResponse" -> "svarene dine på spørreskjema";
            case "Observation" -> "skårene fra spørreskjemaene dine";
            case "BulkExport" -> "et uttrekk uten navn og fødselsnummer";
            case "ResearchExtract" -> "pseudonymiserte opplysninger til forskningsprosjektet "
                    + (e.resourceId() == null ? "" : e.resourceId().split("/")[0]) + ", uten navn og fødselsnummer,";
            default -> e.resourceType() == null ? "opplysninger" : e.resourceType();
        };
        String category = e.category() == null ? "" : switch (e.category()) {
            case "HEALTH" -> " (helseopplysninger)";
            case "WORK_FUNCTION" -> " (arbeidsevne og tilrettelegging)";
            default -> "";
        };
        return e.action().verb() + " " + what + category + capacity(e);
    }

    /**
     * In what capacity, for the patient: " som nærmeste leder, med ditt samtykke". Empty for an entry that records no
     * basis (written before V119, or a refusal for want of any relationship).
     */
    static String capacity(no.samspill.audit.AuditEntry e) {
        AccessBasis basis = AccessBasis.ofRecorded(e.basis());
        String as = basis == null ? "" : " " + basis.phrase();
        if (e.consentId() == null) {
            return as;
        }
        return as.isEmpty() ? " med ditt samtykke" : as + ", med ditt samtykke";
    }

    /** The basis of an access-log entry for the security officer: its phrase and consent, or that none is recorded. */
    public String basis(no.samspill.audit.AuditEntry e) {
        AccessBasis basis = AccessBasis.ofRecorded(e.basis());
        String as = basis == null ? (e.basis() == null ? "Ingen relasjon registrert" : e.basis())
                : basis.label();
        return e.consentId() == null ? as : as + ", samtykke " + e.consentId();
    }

    /**
     * A consent as one plain sentence: to whom, what and for which purpose, who gave or recorded it and how, from and
     * until when, and who withdrew it. {@code patientView} speaks to the patient ("deg").
     */
    public String consent(Consent c, boolean patientView) {
        StringBuilder s = new StringBuilder(c.recipient().label()).append(": ")
                .append(c.purpose() == Purpose.FOLLOW_UP ? c.category().label() : c.purpose().label());
        if (c.purpose() == Purpose.FOLLOW_UP) {
            s.append(" (formål: ").append(c.purpose().label().toLowerCase()).append(')');
        }
        s.append(". ").append(c.givenHow() == Consent.GivenHow.SELF && patientView ? "Gitt av deg selv"
                : c.givenHow().label());
        if (c.givenHow() == Consent.GivenHow.RECORDED_BY_CLINICIAN) {
            s.append(" (").append(user(c.givenBy())).append(')');
        }
        s.append(' ').append(dateTime(c.givenAt())).append(". Gjelder fra ").append(date(c.validFrom()))
                .append(c.validUntil() == null ? " uten sluttdato" : " til og med " + date(c.validUntil())).append('.');
        if (c.withdrawnAt() != null) {
            s.append(" Trukket tilbake ").append(dateTime(c.withdrawnAt())).append(" av ")
                    .append(patientView && c.withdrawnBy() != null && c.withdrawnBy().equals(c.givenBy())
                            && c.givenHow() == Consent.GivenHow.SELF ? "deg selv" : user(c.withdrawnBy()))
                    .append('.');
        }
        return s.toString();
    }

    /** The nearest leader's log-in identity as the clinic sees it: a national ID number masked, a user name as is. */
    public String nearestLeader(String identity) {
        if (identity == null) {
            return "";
        }
        return NationalIdNumber.isValid(identity) ? "Fødselsnummer " + NationalIdNumber.parse(identity).masked()
                : "Brukernavn " + identity;
    }

    public String clinic(String orgNumber) {
        return DemoAccounts.organisationName(orgNumber).orElse("Organisasjonsnummer " + orgNumber);
    }

    /** Aksel 8 colour role (data-color) for a tone name: neutral, warning, error, success, info. */
    public String color(String tone) {
        return switch (tone) {
            case "error" -> "danger";
            case "warning", "success", "info" -> tone;
            default -> "neutral";
        };
    }

    /**
     * The tone of a milestone status: met success, overdue error, due warning; upcoming, on request, passed
     * (informational) and not relevant (the leave has ended) neutral. Only a milestone someone must act on turns red.
     */
    public String milestoneColor(no.samspill.sickleave.MilestoneStatus status) {
        return switch (status) {
            case DONE, MET_BY_GRADED_LEAVE -> "success";
            case OVERDUE -> "danger";
            case DUE -> "warning";
            case ON_REQUEST -> "info";
            case UPCOMING, PASSED, NOT_RELEVANT -> "neutral";
        };
    }
}
