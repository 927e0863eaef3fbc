package no.samspill.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import no.samspill.shared.FieldErrors;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Plain values out of FHIR datatypes in a posted resource (dates, names, telecom, the number a reference identifies,
 * codes of our enums). A value that cannot be read is recorded in the caller's {@link FieldErrors} under its FHIR path
 * and comes back as null, so that one answer names every problem.
 */
final class FhirValues {

    private FhirValues() {
    }

    /**
     * The number that identifies what a reference points at: {@code Type/{number}}, or the identifier in
     * {@code system} (or without a system) of a contained resource or of the reference itself. Null, with the problem
     * recorded, when there is none; identifiers in other systems are left alone.
     */
    static String number(Reference reference, String type, String system, String missing, String path,
                         FieldErrors errors) {
        String target = reference.getReference();
        List<Identifier> identifiers;
        if (target != null && target.startsWith("#")) {
            if (reference.getResource() instanceof Practitioner p && type.equals("Practitioner")) {
                identifiers = p.getIdentifier();
            } else if (reference.getResource() instanceof Organization o && type.equals("Organization")) {
                identifiers = o.getIdentifier();
            } else {
                errors.add(path, target + " is not a contained " + type);
                return null;
            }
        } else if (target != null) {
            if (!target.startsWith(type + "/")) {
                errors.add(path, "must be " + type + "/{id}: " + missing);
                return null;
            }
            return target.substring(type.length() + 1);
        } else if (reference.hasIdentifier()) {
            identifiers = List.of(reference.getIdentifier());
        } else {
            errors.add(path, missing);
            return null;
        }
        Optional<Identifier> identifier = identifiers.stream().filter(i -> system.equals(i.getSystem())).findFirst()
                .or(() -> identifiers.stream().filter(i -> i.getSystem() == null).findFirst());
        if (identifier.isEmpty() || identifier.get().getValue() == null) {
            errors.add(path + ".identifier", "required: an identifier in the system " + system);
            return null;
        }
        return identifier.get().getValue();
    }

    /** A date (day precision or finer, read in Oslo); a year or a month alone is not enough. */
    static LocalDate date(BaseDateTimeType value, String path, FieldErrors errors) {
        if (value.getValue() == null || value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            errors.add(path, "must be a full date (yyyy-mm-dd)");
            return null;
        }
        if (value.getPrecision() == TemporalPrecisionEnum.DAY) {
            return LocalDate.parse(value.getValueAsString().substring(0, 10));
        }
        return LocalDate.ofInstant(value.getValue().toInstant(), FhirMapping.OSLO);
    }

    /** The first value of this kind (phone, email), or null. */
    static String telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream().filter(t -> t.getSystem() == system).map(t -> blankToNull(t.getValue()))
                .filter(v -> v != null).findFirst().orElse(null);
    }

    /** A person's name as one text: {@code text} if given, else given names and family name. */
    static String name(HumanName name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.hasText()) {
            return blankToNull(name.getText());
        }
        return blankToNull(String.join(" ", Stream.concat(
                name.getGiven().stream().map(g -> g.getValue()), Stream.of(name.getFamily()))
                .filter(s -> s != null && !s.isBlank()).toList()));
    }

    /** The value of an extension with a primitive value, as text (null for another kind of value). */
    static String text(Extension extension) {
        return extension.getValue() instanceof PrimitiveType<?> primitive ? blankToNull(primitive.getValueAsString())
                : null;
    }

    /** A parser of the codes of one of our enums (its constant names), for {@link FieldErrors#required}. */
    static <E extends Enum<E>> Function<String, E> choice(Class<E> type) {
        return raw -> {
            try {
                return Enum.valueOf(type, raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown code " + raw + " (one of "
                        + Arrays.toString(type.getEnumConstants()) + ")");
            }
        };
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
