/**
 * The interdisciplinary, work-focused assessment of a pathway and its summary for the GP. Categories: HEALTH (the
 * health part; the GP reads it as a summary), WORK_FUNCTION (work ability, restrictions, demands, motivation, barriers,
 * the three work questions, conclusion and next steps).
 */
package no.samspill.assessment;
