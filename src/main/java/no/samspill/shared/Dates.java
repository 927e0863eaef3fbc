package no.samspill.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as Norwegians read and write them (dd.mm.yyyy), and ISO dates from APIs and date inputs. */
public final class Dates {

    public static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    /** Accepts ISO (2026-11-24, as sent by date inputs and APIs) and Norwegian (24.11.2026). */
    public static LocalDate parse(String raw) {
        try {
            return raw.contains(".") ? LocalDate.parse(raw, NORWEGIAN) : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ugyldig dato: skriv dd.mm.åååå");
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : NORWEGIAN.format(date);
    }
}
