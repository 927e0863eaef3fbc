package no.samspill.fhir;

import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Resource;

/**
 * One resource type that {@code $export} can write. The export walks the pathways (of all clinics, or of the group's
 * clinic) a page at a time; each exportable type writes the de-identified resources that belong to one page, reading
 * them through its module's export query with the job's grant. Adding a type is one Spring bean implementing this.
 */
interface ExportableType {

    /** The FHIR resource type, as in {@code _type} and in the manifest. */
    String resourceType();

    /** Writes the de-identified resources of this page: only what {@link Deidentified} allows, ids pseudonymised. */
    void write(ExportBatch batch, Consumer<Resource> out);
}
