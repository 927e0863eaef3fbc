package no.samspill.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.DeidentifiedExport;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plan versions, for those who may read work-function data (each read checked and logged). */
@Service
public class PlanQueries {

    private final PlanVersions versions;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;

    PlanQueries(PlanVersions versions, PathwayQueries pathways, PersonDataAccess access) {
        this.versions = versions;
        this.pathways = pathways;
        this.access = access;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(UUID pathwayId) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        access.requireRead(pathway.personId().value(), ClinicScope.clinic(pathway.clinicOrgNumber()),
                InformationCategory.WORK_FUNCTION, "Plan", pathwayId);
        return versions.ofPathway(pathwayId);
    }

    @Transactional(readOnly = true)
    public Optional<PlanVersion> latest(UUID pathwayId) {
        return versions(pathwayId).stream().findFirst();
    }

    /** For a de-identified bulk export (the grant is the access decision): the current version of a pathway's plan. */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> latestForExport(DeidentifiedExport grant, UUID pathwayId) {
        DeidentifiedExport.require(grant);
        return versions.latestOf(pathwayId);
    }

    @Transactional(readOnly = true)
    public PlanVersion version(UUID versionId) {
        PlanVersion version = versions.byId(versionId).orElseThrow(() -> new NotFoundException("Planversjonen"));
        access.requireRead(version.personId(), ClinicScope.pathway(version.pathwayId()), InformationCategory.WORK_FUNCTION,
                "Plan", versionId);
        return version;
    }
}
