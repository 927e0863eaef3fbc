/**
 * The workplace programme (bedriftstiltaket): workplaces, cohorts, runs, content, IA-process measures, anonymous evaluation and cluster randomisation; nothing about patients.
 */
package no.samspill.programme;
