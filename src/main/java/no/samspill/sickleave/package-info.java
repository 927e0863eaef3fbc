/**
 * Sick-leave periods, the case period (oppfølgingstilfelle) and the statutory follow-up milestones.
 */
package no.samspill.sickleave;
