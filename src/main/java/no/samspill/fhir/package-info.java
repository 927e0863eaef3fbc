/**
 * HL7 FHIR R4 adapter at /fhir: HAPI resource providers that translate between FHIR and the modules' public use cases
 * and queries (so every read passes the same access decision and audit as the UI); no data of its own.
 */
package no.samspill.fhir;
