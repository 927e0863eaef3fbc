package no.samspill.instrument;

/** A Questionnaire's canonical URL and version: what a response answers. */
public record InstrumentRef(String url, String version) {

    /** {@code url|version}, the FHIR canonical form. */
    public static InstrumentRef parse(String canonical) {
        int bar = canonical == null ? -1 : canonical.indexOf('|');
        if (bar <= 0 || bar == canonical.length() - 1) {
            throw new IllegalArgumentException("Oppgi skjemaet som «url|versjon»");
        }
        return new InstrumentRef(canonical.substring(0, bar), canonical.substring(bar + 1));
    }

    @Override
    public String toString() {
        return url + "|" + version;
    }
}
