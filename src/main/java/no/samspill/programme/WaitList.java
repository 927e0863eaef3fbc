package no.samspill.programme;

import java.time.LocalDate;
import java.util.Optional;
import no.samspill.shared.Dates;

/**
 * The rules that make "programme later" real (wait-list control): a later-arm run is postponed to a first session after
 * the now-arm's last planned step, and none of its steps is delivered before that start. Plain Java; dates are
 * parameters.
 */
public final class WaitList {

    private WaitList() {
    }

    /** Why a step of a run in this arm cannot be delivered on {@code delivered}, or empty when it can. */
    public static Optional<String> deliveryRefusal(Arm arm, LocalDate postponedTo, LocalDate delivered) {
        if (arm != Arm.LATER) {
            return Optional.empty();
        }
        if (postponedTo == null) {
            return Optional.of("Arbeidsplassen er i gruppen «" + Arm.LATER.label() + "»: utsett løpet før trinn gjennomføres");
        }
        return delivered.isBefore(postponedTo)
                ? Optional.of("Arbeidsplassen er i gruppen «" + Arm.LATER.label() + "» og starter " + Dates.format(postponedTo))
                : Optional.empty();
    }

    /** Why a later-arm run cannot start on {@code start}, or empty when it can. */
    public static Optional<String> startRefusal(LocalDate start, LocalDate nowArmEnds, LocalDate today) {
        if (start.isAfter(today.plusYears(2))) {
            return Optional.of("Første økt kan ikke være mer enn to år fram i tid");
        }
        if (nowArmEnds != null && !start.isAfter(nowArmEnds)) {
            return Optional.of("Første økt må være etter at gruppen «" + Arm.NOW.label() + "» er ferdig ("
                    + Dates.format(nowArmEnds) + ")");
        }
        return Optional.empty();
    }
}
