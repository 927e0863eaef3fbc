package no.samspill.assessment;

import java.util.Optional;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment by category: the whole of it (HEALTH), the work part (WORK_FUNCTION), or the GP summary (a summary
 * of health data, as the GP may read it). Each read is checked and logged.
 */
@Service
public class AssessmentQueries {

    private final Assessments assessments;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;

    AssessmentQueries(Assessments assessments, PathwayQueries pathways, PersonDataAccess access) {
        this.assessments = assessments;
        this.pathways = pathways;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> full(UUID pathwayId) {
        access.requireRead(personOf(pathwayId), InformationCategory.HEALTH, "Assessment", pathwayId);
        return assessments.byPathway(pathwayId);
    }

    @Transactional(readOnly = true)
    public Optional<Assessment.WorkAssessment> workPart(UUID pathwayId) {
        access.requireRead(personOf(pathwayId), InformationCategory.WORK_FUNCTION, "Assessment", pathwayId);
        return assessments.byPathway(pathwayId).map(Assessment::work);
    }

    @Transactional(readOnly = true)
    public Optional<GpSummary> gpSummary(UUID pathwayId) {
        access.requireReadSummary(personOf(pathwayId), InformationCategory.HEALTH, "GpSummary", pathwayId);
        return assessments.byPathway(pathwayId).map(a -> new GpSummary(pathwayId, a.personId(), a.assessedOn(),
                a.gpSummary(), a.work()));
    }

    private UUID personOf(UUID pathwayId) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        return pathway.personId().value();
    }
}
