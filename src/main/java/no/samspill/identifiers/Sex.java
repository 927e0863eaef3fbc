package no.samspill.identifiers;

/** Legal sex as encoded in a national ID number issued before 2032. */
public enum Sex {
    FEMALE,
    MALE
}
