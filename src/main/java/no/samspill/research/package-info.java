/**
 * Research extracts: research projects (REK reference, legal basis, per-project pseudonymisation secret, chosen
 * variables and date granularity) and pseudonymised datasets with a generated data dictionary and a small-cell
 * suppression report. Category: pseudonymised (the analyst never sees names, national IDs or free text).
 */
package no.samspill.research;
