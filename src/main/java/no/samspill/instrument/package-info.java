/**
 * Validated questionnaire instruments: definitions loaded from FHIR R4 Questionnaire files, scoring (one scorer per
 * instrument) and change over time. No person data: answers in, scores out.
 */
package no.samspill.instrument;
