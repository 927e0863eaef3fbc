package no.samspill.research;

import java.util.List;

/** The data dictionary of an extract, generated from the same column definitions the dataset is written from. */
final class DataDictionary {

    private DataDictionary() {
    }

    static String markdown(ResearchProject project, List<ExtractColumns.Column> columns) {
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary: ").append(project.code()).append(" — ").append(project.title()).append("\n\n");
        md.append("REK reference: ").append(project.rekReference()).append(". Legal basis: ")
                .append(project.legalBasis().name()).append(" (").append(project.legalBasisText().strip())
                .append("). Dates: ").append(project.dateGranularity().name()).append(".\n\n");
        md.append("One row per pathway. `*` marks a value suppressed by small-cell suppression (see "
                + "suppression-report.md); a generalised row's dates keep only the year.\n\n");
        md.append("| column | type | description | source | category | allowed values |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (ExtractColumns.Column c : columns) {
            md.append("| ").append(c.name()).append(" | ").append(c.type()).append(" | ").append(cell(c.description()))
                    .append(" | ").append(cell(c.source())).append(" | ").append(c.category()).append(" | ")
                    .append(cell(c.allowedValues())).append(" |\n");
        }
        return md.toString();
    }

    static String csv(List<ExtractColumns.Column> columns) {
        StringBuilder csv = new StringBuilder("column,type,description,source,category,allowed_values,quasi_identifier\n");
        for (ExtractColumns.Column c : columns) {
            csv.append(Csv.line(List.of(c.name(), c.type(), c.description(), c.source(), c.category(),
                    c.allowedValues(), String.valueOf(c.kind() == ExtractColumns.Kind.QUASI_IDENTIFIER
                            || c.kind() == ExtractColumns.Kind.QUASI_IDENTIFIER_DATE))));
        }
        return csv.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
