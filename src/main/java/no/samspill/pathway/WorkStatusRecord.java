package no.samspill.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** The work status recorded at 3, 6 or 12 months after the assessment, with the day it applied. */
@PersonData(InformationCategory.WORK_FUNCTION)
public record WorkStatusRecord(UUID pathwayId, int months, WorkStatus status, LocalDate recordedOn, int version) {

    /** The follow-up points, in months after the assessment. */
    public static final List<Integer> FOLLOW_UP_MONTHS = List.of(3, 6, 12);
}
