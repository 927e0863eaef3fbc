package no.samspill.research;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.samspill.access.ResearchBasis;

/**
 * A research project as the analyst sees it. Its pseudonymisation secret is not part of this record: it stays in the
 * database and inside {@link RunResearchExtract}.
 */
public record ResearchProject(UUID id, String code, String title, String rekReference, ResearchBasis legalBasis,
                              String legalBasisText, DateGranularity dateGranularity, Set<VariableGroup> variables,
                              String createdBy, Instant createdAt, int version) {

    public ResearchProject {
        variables = Set.copyOf(variables);
    }
}
