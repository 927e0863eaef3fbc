/**
 * The return-to-work plan (oppfølgingsplan): goal, adjustments with owner and period, a graded return schedule, NAV
 * measures and review dates, kept as published versions that the patient and the nearest leader acknowledge; PDF
 * export for the GP and NAV. Category: WORK_FUNCTION.
 */
package no.samspill.plan;
