package no.samspill.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class WithdrawalReasonTest {

    @Test
    void aReasonIsKeptTrimmed() {
        assertThat(WithdrawalReason.check("  Flyttet til en annen klinikk \n")).isEqualTo("Flyttet til en annen klinikk");
    }

    @Test
    void aBlankOrMissingReasonNamesTheField() {
        for (String blank : new String[] {null, "", "   \n"}) {
            assertThatThrownBy(() -> WithdrawalReason.check(blank)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                            .containsExactly("reason"));
        }
    }

    @Test
    void fiveHundredCharactersAreAllowedAndOneMoreIsNot() {
        assertThat(WithdrawalReason.check("a".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> WithdrawalReason.check("a".repeat(501))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get(0).message()).contains("500"));
    }
}
