package no.samspill.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IIdType;

/** Logical ids: our UUIDs for domain records; a malformed id is simply an id that does not exist (404). */
final class FhirIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FhirIds() {
    }

    static Optional<UUID> uuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    static UUID uuidOrNotFound(IIdType id) {
        return uuid(id.getIdPart()).orElseThrow(() -> notFound(id));
    }

    static ResourceNotFoundException notFound(IIdType id) {
        return new ResourceNotFoundException(id.getResourceType() + "/" + id.getIdPart() + " is not known");
    }

    /** The person a {@code patient} search parameter points at, or empty when it cannot point at a Patient of ours. */
    static Optional<UUID> patient(ReferenceParam reference) {
        if (reference == null || reference.getChain() != null) {
            return Optional.empty();
        }
        String type = reference.getResourceType();
        if (type != null && !type.equals("Patient")) {
            return Optional.empty();
        }
        return uuid(reference.getIdPart());
    }

    /** An identifier token without a system matches any; with one, only that system. */
    static boolean systemMatches(ca.uhn.fhir.rest.param.TokenParam token, String system) {
        return token.getSystem() == null || token.getSystem().isBlank() || token.getSystem().equals(system);
    }

    /** A UUID without dashes (32 hex digits), to keep composite ids within FHIR's 64 characters. */
    static String compact(UUID id) {
        return id.toString().replace("-", "");
    }

    static Optional<UUID> fromCompact(String hex) {
        if (hex == null || !hex.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return uuid(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }

    /**
     * The version an update's If-Match names (the resource's {@code meta.versionId}): without one 428, so that nobody
     * overwrites a change they have not seen; one that is not a number 412, as no such version ever existed.
     */
    static int ifMatchVersion(IIdType id) {
        String type = id.hasResourceType() ? id.getResourceType() : "the resource";
        if (!id.hasVersionIdPart()) {
            throw new UnclassifiedServerFailureException(428, "Updating " + type + " needs If-Match: W/\"<versionId>\"");
        }
        try {
            return Integer.parseInt(id.getVersionIdPart());
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match names version " + id.getVersionIdPart() + ", which "
                    + type + " never had");
        }
    }
}
