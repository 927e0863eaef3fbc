/**
 * Quality indicators: the versioned catalogue of definitions, one fact row per pathway and additive aggregate cells
 * kept up to date from the other modules' events, small-cell suppression, and the analyst's queries. Holds no names or
 * ID numbers; the fact row is linked to a pathway (category HEALTH), the cells are counts.
 */
package no.samspill.indicator;
