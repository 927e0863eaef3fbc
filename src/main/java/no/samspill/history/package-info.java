/**
 * Who changed what and when: one record per change to a pathway's data, written in the same transaction as the change.
 */
package no.samspill.history;
