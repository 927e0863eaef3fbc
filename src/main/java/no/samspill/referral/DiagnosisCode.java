package no.samspill.referral;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A diagnosis code in ICPC-2 (primary care, e.g. L03, P76) or ICD-10 (specialist care, e.g. M54.5, F32.1).
 * The format is checked; whether the code exists in the code list is not (the code lists are not bundled yet).
 */
public record DiagnosisCode(System system, String code) {

    private static final Pattern ICPC2 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

    public enum System {
        ICPC2("ICPC-2"), ICD10("ICD-10");

        private final String label;

        System(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DiagnosisCode {
        if (system == null) {
            throw new IllegalArgumentException("Velg kodeverk (ICPC-2 eller ICD-10)");
        }
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Pattern pattern = system == System.ICPC2 ? ICPC2 : ICD10;
        if (!pattern.matcher(code).matches()) {
            throw new IllegalArgumentException(system == System.ICPC2
                    ? "Ugyldig ICPC-2-kode: én bokstav og to sifre, for eksempel L03"
                    : "Ugyldig ICD-10-kode: én bokstav, to sifre og ev. desimal, for eksempel M54.5");
        }
        if (system == System.ICPC2 && code.contains(".")) {
            throw new IllegalArgumentException("Ugyldig ICPC-2-kode: én bokstav og to sifre, for eksempel L03");
        }
    }

    @Override
    public String toString() {
        return system.label() + " " + code;
    }
}
