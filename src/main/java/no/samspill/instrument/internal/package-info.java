/** Reading FHIR R4 Questionnaire JSON into the instrument model (Jackson; no FHIR library at run time). */
package no.samspill.instrument.internal;
