package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.samspill.identifiers.Sex;
import no.samspill.referral.ComplaintGroup;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class IndicatorFilterTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void withoutParametersItIsTheLastTwelveMonths() {
        IndicatorFilter f = IndicatorFilter.parse(null, "", null, null, null, null, null, NOW);
        assertThat(f.from()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(f.to()).isEqualTo(NOW);
        assertThat(f.months()).hasSize(12);
    }

    @Test
    void valuesAreParsedCaseInsensitively() {
        IndicatorFilter f = IndicatorFilter.parse("2026-01", "2026-03", "974589095", "common_mental", "from_40_to_49",
                "female", "A", NOW);
        assertThat(f.complaintGroup()).isEqualTo(ComplaintGroup.COMMON_MENTAL);
        assertThat(f.ageBand()).isEqualTo(AgeBand.FROM_40_TO_49);
        assertThat(f.sex()).isEqualTo(Sex.FEMALE);
        List<Object> params = new ArrayList<>();
        assertThat(f.where(params)).isEqualTo("month BETWEEN ? AND ? AND clinic = ? AND complaint_group = ?"
                + " AND age_band = ? AND sex = ? AND arm = ?");
        assertThat(params).hasSize(7);
    }

    @Test
    void everyBadValueIsAFieldError() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-13", "x", "12", "HEAD", "OLD", "X", "a;drop", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .contains("from", "to", "clinic", "complaintGroup", "ageBand", "sex", "arm"));
    }

    @Test
    void thePeriodRunsForwardAndAtMostTenYears() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-05", "2026-04", null, null, null, null, null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> IndicatorFilter.parse("2016-11", "2026-11", null, null, null, null, null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(IndicatorFilter.parse("2016-12", "2026-11", null, null, null, null, null, NOW).months())
                .hasSize(IndicatorFilter.MAX_MONTHS);
    }
}
