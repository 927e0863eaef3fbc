/**
 * Referrals to the clinic, triage (right to care with a latest start date, no right, more information needed), the
 * 10-working-day assessment deadline and the decision letter. Reason and codes are HEALTH data; the rest ADMIN.
 */
package no.samspill.referral;
