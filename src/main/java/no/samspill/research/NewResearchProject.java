package no.samspill.research;

import java.util.Set;
import java.util.regex.Pattern;
import no.samspill.access.ResearchBasis;
import no.samspill.shared.FieldErrors;

/** What the analyst records for a project; {@link #check} names every bad field at once. */
public record NewResearchProject(String code, String title, String rekReference, ResearchBasis legalBasis,
                                 String legalBasisText, DateGranularity dateGranularity, Set<VariableGroup> variables) {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern REK = Pattern.compile("[A-Za-z0-9/ .-]{3,60}");

    public void check() {
        FieldErrors errors = new FieldErrors();
        errors.check(code != null && CODE.matcher(code).matches(), "code",
                "Kode: 2–40 tegn, store bokstaver, tall og bindestrek");
        errors.check(title != null && !title.isBlank() && title.length() <= 300, "title", "Tittel: 1–300 tegn");
        errors.check(rekReference != null && REK.matcher(rekReference).matches(), "rekReference",
                "REK-referanse: 3–60 tegn (bokstaver, tall, / . -)");
        errors.present("legalBasis", legalBasis);
        errors.check(legalBasisText != null && legalBasisText.strip().length() >= 10 && legalBasisText.length() <= 2000,
                "legalBasisText", "Beskriv rettsgrunnlaget (10–2000 tegn), f.eks. vedtaket om dispensasjon");
        errors.present("dateGranularity", dateGranularity);
        errors.present("variables", variables);
        errors.throwIfAny();
    }
}
