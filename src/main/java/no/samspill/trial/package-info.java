/**
 * Randomised trials of pathways: trials with arms, concealed permuted-block sequences (individual randomisation,
 * stratified by clinic) or clinic-level allocation (cluster randomisation), enrolment of a pathway, its allocation.
 * Category: ADMIN (the allocation of an enrolled pathway).
 */
package no.samspill.trial;
