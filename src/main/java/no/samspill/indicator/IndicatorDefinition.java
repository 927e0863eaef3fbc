package no.samspill.indicator;

/**
 * One indicator, versioned: what is counted above and below the line, what is left out, and the rule it follows.
 * A change of meaning is a new version; figures are always shown with the version they were computed by.
 */
public record IndicatorDefinition(String id, int version, String title, IndicatorKind kind, String unit,
                                  String numerator, String denominator, String exclusions, String sourceRule) {
}
