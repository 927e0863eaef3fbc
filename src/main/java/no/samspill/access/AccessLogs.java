package no.samspill.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.audit.AuditQueries;
import no.samspill.audit.ChainVerification;
import no.samspill.audit.LoggedAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log: the patient's "who has looked at my information" (pasient- og brukerrettighetsloven § 5-1,
 * pasientjournalloven § 22), and the security officer's search and chain verification (Normen: logs are followed up).
 */
@Service
@Transactional(readOnly = true)
public class AccessLogs {

    public static final int PATIENT_VIEW_LIMIT = 200;

    private final AuditQueries audit;
    private final PersonDataAccess access;

    AccessLogs(AuditQueries audit, PersonDataAccess access) {
        this.audit = audit;
        this.access = access;
    }

    /** Everyone else who read or changed the person's data, newest first. The viewer must be the person (or the clinic). */
    public List<LoggedAccess> whoHasLooked(UUID personId) {
        access.requireRead(personId, InformationCategory.ADMIN, "AccessLog", null);
        return audit.accessesTo(personId, access.viewer().username(), PATIENT_VIEW_LIMIT);
    }

    /** The security officer's search by user, person and period. */
    public List<LoggedAccess> search(String username, UUID personId, Instant from, Instant to, boolean onlyDenied,
                                     int limit) {
        requireSecurityOfficer();
        if (personId != null) {
            access.requireAuditControl(personId);
        }
        return audit.search(blankToNull(username), personId, from, to, onlyDenied ? Boolean.FALSE : null, limit);
    }

    public ChainVerification verifyChain() {
        requireSecurityOfficer();
        return audit.verify();
    }

    private void requireSecurityOfficer() {
        Viewer viewer = access.viewer();
        if (viewer.party() != Party.SECURITY_OFFICER) {
            throw new NoAccessException(new AccessDecision(false, true, InformationCategory.ADMIN, null, null,
                    "Bare sikkerhetsansvarlig kan søke i tilgangsloggen"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
