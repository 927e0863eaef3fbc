package no.samspill.instrument;

/** A severity band: a closed range of totals with a code and a Norwegian label. */
public record Band(String code, String label, int min, int max) {

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
