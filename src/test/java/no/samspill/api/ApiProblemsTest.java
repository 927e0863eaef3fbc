package no.samspill.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ApiProblemsTest {

    ApiProblems problems = new ApiProblems();

    @Test
    void anIllegalArgumentIsA400WithItsMessageAndNoEmptyFieldName() {
        ProblemDetail problem = problems.illegalArgument(new IllegalArgumentException("Til-dato kan ikke være før fra-dato"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Til-dato kan ikke være før fra-dato");
        assertThat(errors(problem)).containsExactly(Map.of("message", "Til-dato kan ikke være før fra-dato"));
    }

    @Test
    void anIllegalArgumentWithoutMessageStillSaysSomething() {
        ProblemDetail problem = problems.illegalArgument(new IllegalArgumentException());

        assertThat(problem.getDetail()).isEqualTo("Ugyldig verdi");
        assertThat(errors(problem)).containsExactly(Map.of("message", "Ugyldig verdi"));
    }

    @Test
    void fieldErrorsKeepTheirFieldNames() {
        ProblemDetail problem = problems.invalidInput(InvalidInputException.of("page", "Sidenummeret må være et heltall fra 0"));

        assertThat(errors(problem)).containsExactly(Map.of("field", "page", "message",
                "Sidenummeret må være et heltall fra 0"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ProblemDetail problem) {
        return (List<Map<String, String>>) problem.getProperties().get("errors");
    }
}
