package no.samspill.research;

/**
 * What the suppression did and why, in counts only: the report never names a small cell's values (that would
 * disclose the very persons the suppression protects).
 */
final class SuppressionReport {

    private SuppressionReport() {
    }

    static String markdown(ResearchProject project, int candidates, int registeredInError, int notAllowed,
                           int included, SmallCells.Plan plan, int written, String datasetSha256) {
        return """
                # Suppression report: %s

                ## Inclusion (legal basis: %s)

                | | rows |
                |---|---|
                | pathways in Samspill | %d |
                | left out: registered in error | %d |
                | left out: no research consent, consent withdrawn, or objection (see docs/research-extract.md) | %d |
                | included before suppression | %d |

                ## Small-cell suppression

                Quasi-identifiers: age band × sex × clinic × month the pathway opened. Threshold: %d rows.

                - %d combinations had fewer than %d rows. Their rows were **generalised**: age band and sex set to `*`,
                  every date cut to the year. %d rows were kept that way.
                - Generalised rows share the combination `*` × `*` × clinic × year. %d such groups still had fewer than
                  %d rows; their %d rows were **left out** of the dataset.
                - Every combination of quasi-identifiers in dataset.csv now has at least %d rows.

                Rows in dataset.csv: %d. SHA-256 of dataset.csv: `%s`.
                """.formatted(project.code(), project.legalBasis().name(), candidates, registeredInError, notAllowed,
                included, plan.threshold(), plan.cellsGeneralised(), plan.threshold(), plan.rowsGeneralised(),
                plan.groupsSuppressed(), plan.threshold(), plan.rowsSuppressed(), plan.threshold(), written,
                datasetSha256);
    }
}
