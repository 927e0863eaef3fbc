package no.samspill.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The sharing rules of ../shared/domain/access.md as one function of who asks, their relationships to the person,
 * the person's consents, the category, the purpose and the day. Plain Java; the same function serves every adapter.
 *
 * <ul>
 *   <li>Patient: all of their own data (pasient- og brukerrettighetsloven § 5-1).</li>
 *   <li>Clinic team: everything on the clinic's own pathways; of a person who also has a pathway at another clinic,
 *       only the person-level data (name, national ID), never the other clinic's pathway or what hangs on it.</li>
 *   <li>GP (referrer): administrative and work-function data; health data only as a summary.</li>
 *   <li>NAV: administrative and work-function data; health data only with consent (folketrygdloven § 21-4: the minimum).</li>
 *   <li>Employer (nearest leader): administrative data on their own employee; work-function data only with consent;
 *       health data never, even with consent (folketrygdloven § 8-8 (1)).</li>
 *   <li>Analysts, security officers and the workplace programme: no person-level data (security officers may look a
 *       person up only to control the access log; analysts read pseudonymised data of a research project only through
 *       the extract, see {@link #decideResearch}).</li>
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static AccessDecision decide(Viewer viewer, Collection<Relationship> relationships, Collection<Consent> consents,
                                        InformationCategory category, Purpose purpose, boolean summary, LocalDate today) {
        return decide(viewer, relationships, consents, category, purpose, summary, null, today);
    }

    /**
     * As above, for a resource held by a clinic: {@code pathwayClinic} is the organisation number of the clinic whose
     * pathway (or referral) the resource belongs to, or null for person-level data. The clinic team reads only its
     * own clinic's pathways; the other parties are decided per person as before.
     */
    public static AccessDecision decide(Viewer viewer, Collection<Relationship> relationships, Collection<Consent> consents,
                                        InformationCategory category, Purpose purpose, boolean summary,
                                        String pathwayClinic, LocalDate today) {
        if (viewer.system()) {
            return AccessDecision.allow(category, AccessBasis.SYSTEM, null, "Intern behandling i Samspill");
        }
        if (viewer.party() == null) {
            return AccessDecision.deny(false, category, null, "Ukjent rolle");
        }
        if (viewer.party() == Party.SECURITY_OFFICER && category == InformationCategory.ADMIN
                && purpose == Purpose.AUDIT_CONTROL) {
            return AccessDecision.allow(category, AccessBasis.AUDIT_CONTROL, null,
                    "Sikkerhetsansvarlig kontrollerer tilgangsloggen");
        }
        Optional<Relationship> relationship = relationships.stream()
                .filter(r -> r.validOn(today) && r.covers(viewer))
                .findFirst();
        if (relationship.isEmpty()) {
            return AccessDecision.deny(false, category, null, viewer.party().label() + " har ingen relasjon til personen");
        }
        AccessBasis basis = AccessBasis.of(relationship.get().party());
        return switch (viewer.party()) {
            case PATIENT -> AccessDecision.allow(category, basis, null, "Egne opplysninger");
            case CLINIC -> heldElsewhere(viewer, pathwayClinic) ? otherClinic(category)
                    : AccessDecision.allow(category, basis, null, "Forløp i egen klinikk");
            case GP -> category != InformationCategory.HEALTH || summary
                    ? AccessDecision.allow(category, basis, null, category == InformationCategory.HEALTH
                    ? "Fastlege: sammendrag av helseopplysninger" : "Fastlege som henviser")
                    : AccessDecision.deny(true, category, basis, "Fastlegen ser bare sammendrag av helseopplysninger");
            case NAV -> category != InformationCategory.HEALTH
                    ? AccessDecision.allow(category, basis, null, "NAV: arbeidsrettet oppfølging")
                    : byConsent(viewer, consents, category, purpose, today, basis,
                    "NAV får helseopplysninger bare med samtykke");
            case EMPLOYER -> switch (category) {
                case HEALTH -> AccessDecision.deny(true, category, basis,
                        "Arbeidsgiver får aldri helseopplysninger (folketrygdloven § 8-8 første ledd)");
                case WORK_FUNCTION -> byConsent(viewer, consents, category, purpose, today, basis,
                        "Arbeidsgiver får opplysninger om arbeidsevne bare med samtykke");
                case ADMIN -> AccessDecision.allow(category, basis, null, "Arbeidsgiver for egen ansatt");
            };
            case ANALYST, SECURITY_OFFICER, PROGRAMME -> AccessDecision.deny(true, category, basis,
                    viewer.party().label() + " har ikke tilgang til opplysninger om enkeltpersoner");
        };
    }

    /**
     * Changes to a person's data are made by the clinic team on its own pathways ({@code pathwayClinic}: the clinic
     * holding the resource, or null for person-level data); a patient changes only their own consents and answers
     * their own questionnaires; any related party completes a task they own. Every other change by another party is
     * refused. Acknowledging a plan version follows from reading it: {@link #decideAcknowledgement}.
     */
    public static AccessDecision decideWrite(Viewer viewer, Collection<Relationship> relationships,
                                             InformationCategory category, String resourceType, String pathwayClinic,
                                             LocalDate today) {
        if (viewer.system()) {
            return AccessDecision.allow(category, AccessBasis.SYSTEM, null, "Intern behandling i Samspill");
        }
        Optional<Relationship> relationship = viewer.party() == null ? Optional.empty() : relationships.stream()
                .filter(r -> r.validOn(today) && r.covers(viewer))
                .findFirst();
        if (relationship.isEmpty()) {
            return AccessDecision.deny(false, category, null, "Ingen relasjon til personen");
        }
        AccessBasis basis = AccessBasis.of(relationship.get().party());
        if (viewer.party() == Party.CLINIC) {
            return heldElsewhere(viewer, pathwayClinic) ? otherClinic(category)
                    : AccessDecision.allow(category, basis, null, "Endring i forløp i egen klinikk");
        }
        if (viewer.party() == Party.PATIENT && "Consent".equals(resourceType)) {
            return AccessDecision.allow(category, basis, null, "Pasienten endrer egne samtykker");
        }
        if (viewer.party() == Party.PATIENT && "QuestionnaireResponse".equals(resourceType)) {
            return AccessDecision.allow(category, basis, null, "Pasienten besvarer eget spørreskjema");
        }
        // Any related party marks a task they own as done; the use case checks the ownership before asking.
        if ("OwnTask".equals(resourceType) && category == InformationCategory.ADMIN) {
            return AccessDecision.allow(category, basis, null, "Markerer egen oppgave som utført");
        }
        return AccessDecision.deny(true, category, basis, viewer.party().label() + " kan ikke endre dette");
    }

    /**
     * The patient and the nearest leader confirm they have read a plan version (it changes nothing in the plan). The
     * confirmation follows from the decision to let them read the plan's work-function content ({@code planRead},
     * made once, with the person's consents: the nearest leader only for their own employee and only with the
     * patient's consent to share work-function data); it rests on the same relationship and consent. Every other party
     * is refused, and so is a confirmation without an allowed read of the work-function content.
     */
    public static AccessDecision decideAcknowledgement(Viewer viewer, AccessDecision planRead) {
        InformationCategory category = InformationCategory.WORK_FUNCTION;
        if (!planRead.allowed() || planRead.category() != category) {
            return AccessDecision.deny(planRead.related(), category, planRead.basis(), planRead.allowed()
                    ? "Bare lesing av arbeidsrettede opplysninger gir grunnlag for å bekrefte planen" : planRead.reason());
        }
        if (viewer.system() || (viewer.party() != Party.PATIENT && viewer.party() != Party.EMPLOYER)) {
            return AccessDecision.deny(true, category, planRead.basis(),
                    "Bare pasienten og nærmeste leder bekrefter oppfølgingsplanen");
        }
        return AccessDecision.allow(category, planRead.basis(), planRead.consentId(),
                "Bekrefter å ha lest oppfølgingsplanen");
    }

    /**
     * A de-identified bulk export for statistics and quality work: only the analyst, who never sees person-level data,
     * and only with what the export writes de-identified (no names, national IDs, contact details or free text; ids
     * replaced by pseudonyms; birth date as year). Every other party is refused: they have the person-level routes.
     */
    public static AccessDecision decideDeidentifiedExport(Viewer viewer) {
        if (viewer.party() == Party.ANALYST) {
            return AccessDecision.allow(InformationCategory.WORK_FUNCTION, AccessBasis.STATISTICS, null,
                    "Avidentifisert uttrekk for statistikk og kvalitetsarbeid");
        }
        // No person is named in the request, so there is no existence to hide: the refusal is a plain 403.
        return AccessDecision.deny(true, InformationCategory.WORK_FUNCTION, null,
                (viewer.party() == null ? "Ukjent rolle" : viewer.party().label())
                        + " kan ikke bestille avidentifisert uttrekk");
    }

    /**
     * May the analyst include this person in a pseudonymised research extract of a project with this legal basis?
     * Only the analyst, only through the extract use case (the only caller), never person-level data by any other
     * path. Consent basis: an active research consent. Exemption: everyone except a person who has objected, or who
     * withdrew a research consent and has no active one (a withdrawal is an objection).
     */
    public static AccessDecision decideResearch(Viewer viewer, ResearchBasis basis, Collection<Consent> consents,
                                                boolean objected, LocalDate today) {
        InformationCategory category = InformationCategory.HEALTH;
        if (viewer.system() || viewer.party() != Party.ANALYST) {
            return AccessDecision.deny(false, category, null, "Bare analytiker tar ut forskningsdata");
        }
        Optional<Consent> active = consents.stream()
                .filter(c -> c.purpose() == Purpose.RESEARCH && c.activeOn(today)).findFirst();
        boolean withdrawn = consents.stream().anyMatch(c -> c.purpose() == Purpose.RESEARCH && c.withdrawnAt() != null);
        if (active.isPresent()) {
            return AccessDecision.allow(category, AccessBasis.RESEARCH_PROJECT, active.get().id(), "Samtykke til forskning");
        }
        return switch (basis) {
            case CONSENT -> AccessDecision.deny(true, category, AccessBasis.RESEARCH_PROJECT, withdrawn
                    ? "Samtykket til forskning er trukket tilbake" : "Ikke samtykket til forskning");
            case EXEMPTION -> objected || withdrawn
                    ? AccessDecision.deny(true, category, AccessBasis.RESEARCH_PROJECT, "Har reservert seg mot forskning")
                    : AccessDecision.allow(category, AccessBasis.RESEARCH_PROJECT, null,
                    "Unntak fra samtykke (helseforskningsloven § 35)");
        };
    }

    /**
     * A clinic's team is tied to a person by its own referral; a relationship to the person does not open another
     * clinic's pathway of the same person. Person-level data ({@code pathwayClinic} null) is not held by a clinic.
     */
    static boolean heldElsewhere(Viewer viewer, String pathwayClinic) {
        return viewer.party() == Party.CLINIC && pathwayClinic != null
                && !pathwayClinic.equals(viewer.organisationNumber());
    }

    /** Another clinic's pathway is answered as if it did not exist (404): its existence is that clinic's business. */
    private static AccessDecision otherClinic(InformationCategory category) {
        return AccessDecision.deny(false, category, null, "Forløpet hører til en annen klinikk");
    }

    private static AccessDecision byConsent(Viewer viewer, Collection<Consent> consents, InformationCategory category,
                                            Purpose purpose, LocalDate today, AccessBasis basis, String deniedReason) {
        return consents.stream()
                .filter(c -> c.activeOn(today) && c.covers(viewer, category, purpose))
                .findFirst()
                .map(c -> AccessDecision.allow(category, basis, c.id(), "Samtykke fra pasienten"))
                .orElseGet(() -> AccessDecision.deny(true, category, basis, deniedReason));
    }
}
