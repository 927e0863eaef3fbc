package no.samspill.referral;

import no.samspill.identifiers.HprNumber;

/** The referring health professional. A GP must have an HPR number. */
public record Referrer(ReferrerKind kind, String name, HprNumber hpr, String organisation) {
}
