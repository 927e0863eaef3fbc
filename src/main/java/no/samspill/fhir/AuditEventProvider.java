package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.access.AccessLogs;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.audit.LoggedAccess;
import org.hl7.fhir.r4.model.AuditEvent;
import org.springframework.stereotype.Component;

/**
 * AuditEvent = the access log about one person, via {@link AccessLogs}: the patient sees who has looked at their data
 * ({@link AccessLogs#whoHasLooked}); everyone else asks the security officer's search, which {@link AccessLogs}
 * refuses to anyone but the security officer. The choice of use case is by role; the decision stays in access.
 */
@Component
class AuditEventProvider implements IResourceProvider {

    static final int LIMIT = 200;

    private final AccessLogs logs;
    private final PersonDataAccess access;

    AuditEventProvider(AccessLogs logs, PersonDataAccess access) {
        this.logs = logs;
        this.access = access;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Search
    public List<AuditEvent> search(@RequiredParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
                                   @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
                                   @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @Offset Integer offset, @Count Integer count) {
        UUID person = FhirIds.patient(patient).orElse(null);
        if (person == null) {
            return List.of();
        }
        List<LoggedAccess> entries = Searches.visibleOrEmpty(() -> access.viewer().party() == Party.PATIENT
                ? logs.whoHasLooked(person)
                : logs.search(null, person, bound(date, true), bound(date, false), false, LIMIT));
        return Searches.page(entries.stream().filter(e -> Searches.within(date, e.entry().at()))
                .filter(e -> Searches.within(lastUpdated, e.entry().at())).map(FhirMapping::auditEvent)
                .toList(), offset, count);
    }

    private static Instant bound(DateRangeParam date, boolean lower) {
        if (date == null) {
            return null;
        }
        java.util.Date d = lower ? date.getLowerBoundAsInstant() : date.getUpperBoundAsInstant();
        return d == null ? null : d.toInstant();
    }
}
