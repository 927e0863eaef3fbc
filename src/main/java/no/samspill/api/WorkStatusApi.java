package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.RecordWorkStatus;
import no.samspill.pathway.WorkStatus;
import no.samspill.pathway.WorkStatusRecord;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work status at 3, 6 and 12 months after the assessment. {@code PUT} records a point the first time (no version)
 * and corrects it later with the version last read.
 */
@RestController
@RequestMapping("/api/v1/pathways/{id}/work-status")
class WorkStatusApi {

    private final PathwayQueries pathways;
    private final RecordWorkStatus recordWorkStatus;
    private final CurrentUsers users;

    WorkStatusApi(PathwayQueries pathways, RecordWorkStatus recordWorkStatus, CurrentUsers users) {
        this.pathways = pathways;
        this.recordWorkStatus = recordWorkStatus;
        this.users = users;
    }

    @GetMapping
    List<WorkStatusRecord> list(@PathVariable UUID id) {
        pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
        return pathways.workStatuses(id);
    }

    @PutMapping("/{months}")
    List<WorkStatusRecord> record(@PathVariable UUID id, @PathVariable int months,
                                  @Valid @RequestBody WorkStatusRequest request) {
        pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
        return recordWorkStatus.record(id, months, request.status(), request.recordedOn(), request.version(),
                users.current().username());
    }

    record WorkStatusRequest(@NotNull WorkStatus status, @NotNull LocalDate recordedOn, Integer version) {
    }
}
