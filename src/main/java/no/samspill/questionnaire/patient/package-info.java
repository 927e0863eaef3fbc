/** The patient's side: the link pages (no log-in), their own security filter chain and rate limiting. */
package no.samspill.questionnaire.patient;
