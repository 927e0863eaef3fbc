/**
 * Questionnaires sent to patients: assignments with a schedule of rounds, personal single-use links, answers saved as
 * they go, submission (validated, scored, stored in one transaction), corrections, and the stored scores. Category:
 * HEALTH (the work ability score: WORK_FUNCTION).
 */
package no.samspill.questionnaire;
