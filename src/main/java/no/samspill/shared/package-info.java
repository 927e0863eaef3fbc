/**
 * Small building blocks every module uses: field-level input errors, not-found, conflicting edits and refused state changes.
 */
package no.samspill.shared;
