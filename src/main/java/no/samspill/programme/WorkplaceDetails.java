package no.samspill.programme;

import java.util.ArrayList;
import java.util.List;
import no.samspill.shared.FieldErrors;

/**
 * The details of a workplace as the programme owner types them, checked the same way at enrolment
 * ({@link EnrolWorkplace}) and when they are changed ({@link EditWorkplace}): name, sector, headcount, contact persons
 * (at least one, each with e-mail or phone) and health contributors. Blank rows are left out. Plain Java: every
 * problem is added to the given {@link FieldErrors}.
 */
final class WorkplaceDetails {

    static final int MAX_HEADCOUNT = 100_000;

    /** Name, sector and headcount as checked; a field with a problem is null. */
    record Basics(String name, Sector sector, Integer headcount) {
    }

    private WorkplaceDetails() {
    }

    static Basics basics(String name, String sector, String headcount, FieldErrors errors) {
        String n = Parse.text(name);
        errors.check(n != null && n.length() <= 200, "name", "Skriv navnet på arbeidsplassen (høyst 200 tegn)");
        Sector s = errors.required("sector", sector, Parse.choice(Sector.class, "Velg sektor"));
        Integer h = errors.required("headcount", headcount, Parse.wholeNumber(1, MAX_HEADCOUNT, "antall ansatte"));
        return new Basics(n, s, h);
    }

    static List<ContactPerson> contacts(List<ContactPerson> given, FieldErrors errors) {
        List<ContactPerson> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ContactPerson c = given.get(i);
            String field = "contacts[" + i + "].";
            String name = Parse.text(c.name());
            String email = Parse.text(c.email());
            String phone = Parse.text(c.phone());
            if (name == null && email == null && phone == null && Parse.text(c.title()) == null) {
                continue;
            }
            errors.check(name != null && name.length() <= 200, field + "name", "Skriv navnet på kontaktpersonen");
            errors.check(email == null || Parse.EMAIL.matcher(email).matches(), field + "email",
                    "Skriv en gyldig e-postadresse");
            errors.check(phone == null || Parse.PHONE.matcher(phone).matches(), field + "phone",
                    "Skriv et gyldig telefonnummer (8 siffer)");
            errors.check(email != null || phone != null, field + "email", "Oppgi e-post eller telefon");
            result.add(new ContactPerson(name, Parse.text(c.title()), email, phone));
        }
        if (result.isEmpty()) {
            errors.add("contacts[0].name", "Oppgi minst én kontaktperson på arbeidsplassen");
        }
        return result;
    }

    static List<HealthContributor> contributors(List<HealthContributor> given, FieldErrors errors) {
        List<HealthContributor> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            HealthContributor h = given.get(i);
            String field = "contributors[" + i + "].";
            String name = Parse.text(h.name());
            String profession = Parse.text(h.profession());
            if (name == null && profession == null && Parse.text(h.organisation()) == null) {
                continue;
            }
            errors.check(name != null, field + "name", "Skriv navnet på bidragsyteren");
            errors.check(profession != null, field + "profession", "Skriv yrket (for eksempel fysioterapeut)");
            result.add(new HealthContributor(name, profession, Parse.text(h.organisation())));
        }
        return result;
    }
}
