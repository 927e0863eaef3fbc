package no.samspill.research;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One row of the view research_source: one pathway with what an extract may use. Never leaves this module. */
record SourceRow(UUID pathwayId, UUID personId, String nationalId, String clinic, String complaintGroup,
                 LocalDate receivedOn, LocalDate openedOn, LocalDate closedOn, String state, String outcome,
                 boolean registeredInError, Map<String, LocalDate> milestones, Map<String, Integer> scores,
                 String trialCode, String trialArm) {
}
