package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.identifiers.OrganisationNumber;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FHIR Bulk Data export (asynchronous pattern): kick-off at {@code /fhir/$export} or {@code /fhir/Group/{clinic org
 * number}/$export} with {@code Prefer: respond-async} (202 + Content-Location), polling at
 * {@code /fhir/$export-poll-status?_jobId=} (202 with X-Progress, then 200 with the manifest; DELETE cancels or
 * deletes), files at {@code /fhir/$export-download?_jobId=&_file=Type}. Only the user who started a job sees it.
 */
@Component
class BulkExportProvider {

    static final String NDJSON = "application/fhir+ndjson";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BulkExports exports;
    private final PersonDataAccess access;

    BulkExportProvider(BulkExports exports, PersonDataAccess access) {
        this.exports = exports;
        this.access = access;
    }

    /** Everything exportable, of every clinic (de-identified). */
    @Operation(name = "$export", idempotent = true, manualResponse = true)
    public void exportAll(@OperationParam(name = "_type", typeName = "string", max = 1) IPrimitiveType<String> type,
                          @OperationParam(name = "_since", typeName = "instant", max = 1) IPrimitiveType<Date> since,
                          @OperationParam(name = "_outputFormat", typeName = "string", max = 1)
                          IPrimitiveType<String> format, ServletRequestDetails request) {
        kickOff(type, since, format, null, request);
    }

    /** Group = the patients of one clinic, by its organisation number (Group/974000008). */
    @Operation(name = "$export", typeName = "Group", idempotent = true, manualResponse = true)
    public void exportGroup(@IdParam IdType group,
                            @OperationParam(name = "_type", typeName = "string", max = 1) IPrimitiveType<String> type,
                            @OperationParam(name = "_since", typeName = "instant", max = 1) IPrimitiveType<Date> since,
                            @OperationParam(name = "_outputFormat", typeName = "string", max = 1)
                            IPrimitiveType<String> format, ServletRequestDetails request) {
        if (!OrganisationNumber.isValid(group.getIdPart())) {
            throw new ResourceNotFoundException("Group/" + group.getIdPart() + " is not known (a Group is a clinic, "
                    + "by organisation number)");
        }
        kickOff(type, since, format, group.getIdPart(), request);
    }

    @Operation(name = "$export-poll-status", idempotent = true, manualResponse = true, deleteEnabled = true)
    public void status(@OperationParam(name = "_jobId", typeName = "string", min = 1, max = 1) IPrimitiveType<String> jobId,
                       ServletRequestDetails request) throws IOException {
        UUID id = jobId(jobId);
        String user = access.viewer().username();
        HttpServletResponse response = request.getServletResponse();
        if (request.getRequestType() == RequestTypeEnum.DELETE) {
            if (!exports.cancel(id, user)) {
                throw notFound(id);
            }
            response.setStatus(202);
            return;
        }
        ExportJob job = exports.job(id, user).filter(j -> j.status() != ExportJob.Status.CANCELLED)
                .orElseThrow(() -> notFound(id));
        if (job.status().inProgress()) {
            response.setStatus(202);
            response.setHeader("X-Progress", job.progress());
            response.setHeader("Retry-After", "2");
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (Writer out = response.getWriter()) {
            out.write(JSON.writeValueAsString(manifest(job, request.getFhirServerBase())));
        }
    }

    @Operation(name = "$export-download", idempotent = true, manualResponse = true)
    public void download(@OperationParam(name = "_jobId", typeName = "string", min = 1, max = 1) IPrimitiveType<String> jobId,
                         @OperationParam(name = "_file", typeName = "string", min = 1, max = 1) IPrimitiveType<String> file,
                         ServletRequestDetails request) throws IOException {
        UUID id = jobId(jobId);
        ExportJob job = exports.job(id, access.viewer().username()).orElseThrow(() -> notFound(id));
        HttpServletResponse response = request.getServletResponse();
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        if ("OperationOutcome".equals(file.getValue()) && job.status() == ExportJob.Status.FAILED) {
            OperationOutcome outcome = new OperationOutcome();
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INCOMPLETE).setDiagnostics(job.error());
            try (Writer out = response.getWriter()) {
                out.write(ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome) + "\n");
            }
            return;
        }
        Path path = exports.file(job, file.getValue()).orElseThrow(() -> new ResourceNotFoundException(
                "Export " + id + " has no file " + file.getValue()));
        response.setStatus(200);
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(path, out);
        }
    }

    private void kickOff(IPrimitiveType<String> type, IPrimitiveType<Date> since, IPrimitiveType<String> format,
                         String group, ServletRequestDetails request) {
        String prefer = request.getHeader("Prefer");
        if (prefer == null || !prefer.contains("respond-async")) {
            throw new InvalidRequestException("$export is asynchronous: send the header 'Prefer: respond-async'");
        }
        String outputFormat = format == null ? null : format.getValue();
        if (outputFormat != null && !outputFormat.equals(NDJSON) && !outputFormat.equals("application/ndjson")
                && !outputFormat.equals("ndjson")) {
            throw new InvalidRequestException("_outputFormat: only " + NDJSON + " is supported");
        }
        String url = request.getCompleteUrl();
        ExportJob job = exports.kickOff(type == null ? null : type.getValue(),
                since == null || since.getValue() == null ? null : since.getValue().toInstant(), group, url);
        HttpServletResponse response = request.getServletResponse();
        response.setStatus(202);
        response.setHeader("Content-Location", request.getFhirServerBase() + "/$export-poll-status?_jobId=" + job.id());
    }

    private static ObjectNode manifest(ExportJob job, String base) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("transactionTime", new InstantType(Date.from(job.transactionTime())).getValueAsString());
        manifest.put("request", job.requestUrl());
        manifest.put("requiresAccessToken", true);
        ArrayNode output = manifest.putArray("output");
        job.files().forEach((type, count) -> {
            ObjectNode file = output.addObject();
            file.put("type", type);
            file.put("url", base + "/$export-download?_jobId=" + job.id() + "&_file=" + type);
            file.put("count", count);
        });
        ArrayNode error = manifest.putArray("error");
        if (job.status() == ExportJob.Status.FAILED) {
            ObjectNode file = error.addObject();
            file.put("type", "OperationOutcome");
            file.put("url", base + "/$export-download?_jobId=" + job.id() + "&_file=OperationOutcome");
        }
        return manifest;
    }

    private static UUID jobId(IPrimitiveType<String> jobId) {
        return FhirIds.uuid(jobId == null ? null : jobId.getValue())
                .orElseThrow(() -> new ResourceNotFoundException("No export job " + (jobId == null ? "" : jobId.getValue())));
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No export job " + id);
    }
}
