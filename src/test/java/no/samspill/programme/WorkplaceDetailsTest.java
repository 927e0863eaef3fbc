package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class WorkplaceDetailsTest {

    static Map<String, String> problems(FieldErrors errors) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
        return e == null ? Map.of() : e.problems().stream().collect(Collectors.toMap(
                InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::message, (a, b) -> a));
    }

    @Test
    void validBasicsAreReadTrimmed() {
        FieldErrors errors = new FieldErrors();
        WorkplaceDetails.Basics basics = WorkplaceDetails.basics("  Lager AS ", "PRIVATE", "40", errors);
        assertThat(problems(errors)).isEmpty();
        assertThat(basics).isEqualTo(new WorkplaceDetails.Basics("Lager AS", Sector.PRIVATE, 40));
    }

    @Test
    void aMissingNameAnUnknownSectorAndAHeadcountOutOfRangeAreEachAFieldError() {
        FieldErrors errors = new FieldErrors();
        WorkplaceDetails.Basics basics = WorkplaceDetails.basics(" ", "NONE", "0", errors);
        assertThat(problems(errors)).containsOnlyKeys("name", "sector", "headcount")
                .containsEntry("name", "Skriv navnet på arbeidsplassen (høyst 200 tegn)");
        assertThat(basics.sector()).isNull();
        assertThat(basics.headcount()).isNull();

        FieldErrors tooMany = new FieldErrors();
        WorkplaceDetails.basics("x".repeat(201), "PUBLIC", String.valueOf(WorkplaceDetails.MAX_HEADCOUNT + 1), tooMany);
        assertThat(problems(tooMany)).containsOnlyKeys("name", "headcount");

        FieldErrors largest = new FieldErrors();
        WorkplaceDetails.basics("x".repeat(200), "PUBLIC", String.valueOf(WorkplaceDetails.MAX_HEADCOUNT), largest);
        assertThat(problems(largest)).isEmpty();
    }

    @Test
    void blankContactRowsAreLeftOutButAtLeastOneContactIsNeeded() {
        FieldErrors errors = new FieldErrors();
        List<ContactPerson> contacts = WorkplaceDetails.contacts(List.of(new ContactPerson(" ", null, "", null),
                new ContactPerson("Kari", " Leder ", "kari@example.no", null)), errors);
        assertThat(problems(errors)).isEmpty();
        assertThat(contacts).containsExactly(new ContactPerson("Kari", "Leder", "kari@example.no", null));

        FieldErrors none = new FieldErrors();
        assertThat(WorkplaceDetails.contacts(List.of(new ContactPerson(null, null, null, null)), none)).isEmpty();
        assertThat(problems(none)).containsOnlyKeys("contacts[0].name");
    }

    @Test
    void aContactNeedsANameAndAValidEmailOrPhoneFieldByField() {
        FieldErrors errors = new FieldErrors();
        WorkplaceDetails.contacts(List.of(new ContactPerson("Kari", null, "kari@example.no", null),
                new ContactPerson(null, "Leder", "ikke-epost", "12"),
                new ContactPerson("Ola", "Verneombud", null, null)), errors);
        assertThat(problems(errors)).containsOnlyKeys("contacts[1].name", "contacts[1].email", "contacts[1].phone",
                "contacts[2].email").containsEntry("contacts[2].email", "Oppgi e-post eller telefon");
    }

    @Test
    void aContributorNeedsANameAndAProfessionAndBlankRowsAreLeftOut() {
        FieldErrors errors = new FieldErrors();
        List<HealthContributor> contributors = WorkplaceDetails.contributors(List.of(
                new HealthContributor("Fysio", "Fysioterapeut", null), new HealthContributor(" ", null, " "),
                new HealthContributor(null, null, "Nordklinikken")), errors);
        assertThat(contributors).hasSize(2).first().isEqualTo(new HealthContributor("Fysio", "Fysioterapeut", null));
        assertThat(problems(errors)).containsOnlyKeys("contributors[2].name", "contributors[2].profession");
        assertThat(WorkplaceDetails.contributors(List.of(), new FieldErrors())).isEmpty();
    }
}
