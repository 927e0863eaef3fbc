package no.samspill.pathway;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.NationalIdNumber;

/** One line of the clinic's pathway list: the pathway and who it is for. */
@PersonData(InformationCategory.ADMIN)
public record PathwayListItem(UUID pathwayId, String patientName, NationalIdNumber nationalId, PathwayState state,
                              LocalDate openedOn, String coordinator) {
}
