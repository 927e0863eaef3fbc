package no.samspill.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samspill.access.DeidentifiedExport;
import no.samspill.pathway.Pathway;
import no.samspill.person.PersonId;

/**
 * One page of an export: its pathways (in person order), the persons first met on this page (so each Patient is
 * written once), the job's grant, its {@code _since} (null for everything) and the pseudonyms to use.
 */
record ExportBatch(DeidentifiedExport grant, List<Pathway> pathways, List<PersonId> newPersons, Instant since,
                   LocalDate today, Pseudonyms pseudonyms) {
}
