package no.samspill.assessment;

import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
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
        Pathway pathway = pathway(pathwayId);
        access.requireRead(pathway.personId().value(), scope(pathway), InformationCategory.HEALTH, "Assessment",
                pathwayId);
        return assessments.byPathway(pathwayId);
    }

    @Transactional(readOnly = true)
    public Optional<Assessment.WorkAssessment> workPart(UUID pathwayId) {
        Pathway pathway = pathway(pathwayId);
        access.requireRead(pathway.personId().value(), scope(pathway), InformationCategory.WORK_FUNCTION, "Assessment",
                pathwayId);
        return assessments.byPathway(pathwayId).map(Assessment::work);
    }

    @Transactional(readOnly = true)
    public Optional<GpSummary> gpSummary(UUID pathwayId) {
        Pathway pathway = pathway(pathwayId);
        access.requireReadSummary(pathway.personId().value(), scope(pathway), InformationCategory.HEALTH, "GpSummary",
                pathwayId);
        return assessments.byPathway(pathwayId).map(a -> new GpSummary(pathwayId, a.personId(), a.assessedOn(),
                a.gpSummary(), a.work()));
    }

    private Pathway pathway(UUID pathwayId) {
        return pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
    }

    /** The assessment and the GP summary are held by the pathway's clinic. */
    static ClinicScope scope(Pathway pathway) {
        return ClinicScope.clinic(pathway.clinicOrgNumber());
    }
}
