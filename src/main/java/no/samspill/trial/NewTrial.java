package no.samspill.trial;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.shared.FieldErrors;

/** What the analyst fills in to create a trial; {@link #check} names every bad field at once. */
public record NewTrial(String code, String title, TrialDesign design, List<TrialArm> arms, List<Integer> blockSizes,
                       List<String> clinics, Integer plannedPerClinic) {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern ARM_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public void check() {
        FieldErrors errors = new FieldErrors();
        errors.check(code != null && CODE.matcher(code).matches(), "code",
                "Kode: 2–40 tegn, store bokstaver, tall og bindestrek");
        errors.check(title != null && !title.isBlank() && title.length() <= 300, "title", "Tittel: 1–300 tegn");
        errors.present("design", design);
        if (arms == null || arms.size() < 2 || arms.size() > 6) {
            errors.add("arms", "En studie har 2–6 armer");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < arms.size(); i++) {
                TrialArm arm = arms.get(i);
                boolean valid = arm != null && arm.code() != null && ARM_CODE.matcher(arm.code()).matches();
                errors.check(valid, "arms[" + i + "].code", "Armkode: 1–40 tegn, små bokstaver, tall, _ og -");
                errors.check(arm != null && arm.label() != null && !arm.label().isBlank() && arm.label().length() <= 200,
                        "arms[" + i + "].label", "Navn på armen: 1–200 tegn");
                errors.check(!valid || seen.add(arm.code()), "arms[" + i + "].code", "Armkodene må være forskjellige");
            }
        }
        if (blockSizes == null || blockSizes.isEmpty() || blockSizes.size() > 4) {
            errors.add("blockSizes", "Oppgi 1–4 blokkstørrelser");
        } else if (arms != null && arms.size() >= 2) {
            for (Integer size : blockSizes) {
                errors.check(size != null && size > 0 && size <= 24 && size % arms.size() == 0, "blockSizes",
                        "Blokkstørrelsene må være multipler av antall armer (høyst 24)");
            }
        }
        if (clinics == null || clinics.isEmpty()) {
            errors.add("clinics", "Velg minst én klinikk");
        } else {
            for (int i = 0; i < clinics.size(); i++) {
                errors.check(OrganisationNumber.isValid(clinics.get(i)), "clinics[" + i + "]", "Ugyldig organisasjonsnummer");
            }
            errors.check(clinics.stream().distinct().count() == clinics.size(), "clinics", "En klinikk er oppgitt to ganger");
            if (design == TrialDesign.CLUSTER_BY_CLINIC && arms != null) {
                errors.check(clinics.size() >= arms.size(), "clinics",
                        "Klyngerandomisering trenger minst like mange klinikker som armer");
            }
        }
        errors.check(plannedPerClinic != null && plannedPerClinic >= 1 && plannedPerClinic <= 10_000, "plannedPerClinic",
                "Planlagt antall per klinikk: 1–10 000");
        errors.throwIfAny();
    }
}
