package no.samspill.person;

import java.util.UUID;

/** Samspill's own key for a person; never the national ID number, so that it can travel in URLs. */
public record PersonId(UUID value) {

    public PersonId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
