package no.samspill.research;

/** Age bands used instead of birth dates: under 25, then ten-year bands, 65 and over. */
public final class AgeBand {

    public static final java.util.List<String> ALL = java.util.List.of("<25", "25-34", "35-44", "45-54", "55-64", "65+");

    private AgeBand() {
    }

    public static String of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("Negative age");
        }
        if (age < 25) {
            return "<25";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = 25 + ((age - 25) / 10) * 10;
        return low + "-" + (low + 9);
    }
}
