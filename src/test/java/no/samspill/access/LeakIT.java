package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.samspill.identifiers.HprNumber;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Participant;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import no.samspill.security.Role;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The leak test. Every route the application exposes (read from Spring's own mappings, so a new route is covered without
 * editing this test) is requested by every demo role, for a person the role is related to and for one it is not.
 * Marker values planted in health fields and in names are then searched for in every response body. A third person
 * has a pathway at each demo clinic: each clinic's team may see the person's name, but nothing of the other clinic's
 * pathway (its referral, task, meeting and plan carry their own markers), and may change none of it.
 */
@IntegrationTest
class LeakIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired PersonDataAccess access;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired AddNavToTeam addNavToTeam;
    @Autowired GrantConsent grantConsent;
    @Autowired AddTask addTask;
    @Autowired ScheduleMeeting scheduleMeeting;
    @Autowired PublishPlanVersion publishPlan;

    /** Person A: the demo patient, at Nordklinikken, referred by the demo GP, employed by the demo leader, NAV in the team. */
    Subject related;
    /** Person B: at Midtklinikken, with no tie to any demo user but per.koordinator. */
    Subject unrelated;
    /** Person C's pathway at Nordklinikken, and (below) at Midtklinikken: no tie to any demo user outside the clinics. */
    Subject sharedNord;
    Subject sharedMidt;

    @BeforeEach
    void plantMarkers() {
        related = access.asSystem(() -> create(NationalIdNumber.parse(DemoAccounts.PATIENT_NATIONAL_ID),
                DemoAccounts.CLINIC_NORD, DemoAccounts.GP_HPR, DemoAccounts.LEADER_EMPLOYER, "lars.leder", true));
        unrelated = access.asSystem(() -> create(SyntheticNationalIds.generate(LocalDate.of(1979, 2, 3), Sex.MALE,
                new Random()), DemoAccounts.CLINIC_MIDT, "12312312", "994000039", null, false));
        NationalIdNumber shared = SyntheticNationalIds.generate(LocalDate.of(1984, 8, 21), Sex.FEMALE, new Random());
        sharedNord = access.asSystem(() -> withPathwayMarkers(create(shared, DemoAccounts.CLINIC_NORD, "12312312",
                "994000039", null, false)));
        sharedMidt = access.asSystem(() -> withPathwayMarkers(create(shared, DemoAccounts.CLINIC_MIDT, "12312312",
                "994000039", null, false, sharedNord.name())));
    }

    /** Every subject whose routes are requested. */
    List<Subject> subjects() {
        return List.of(related, unrelated, sharedNord, sharedMidt);
    }

    @Test
    void noRouteLeaksHealthDataToTheEmployerOrAnythingToUnrelatedUsers() {
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        List<String> routes = getRoutes();
        assertThat(routes).as("GET routes found in Spring's mappings").hasSizeGreaterThan(15);
        for (CurrentUser user : DemoAccounts.USERS) {
            Browser browser = new Browser(port).logIn(user.username());
            for (String route : routes) {
                for (Subject subject : subjects()) {
                    String path = concrete(route, subject);
                    HttpResponse<String> response = browser.get(path);
                    requests++;
                    String body = response.body();
                    for (String marker : forbiddenMarkers(user, subject)) {
                        if (body.contains(marker)) {
                            leaks.add(user.username() + " GET " + path + " -> " + response.statusCode() + " shows " + marker);
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("leaks in %d requests", requests).isEmpty();
    }

    @Test
    void writesByPartiesOutsideTheClinicTeamAreRefused() {
        List<String> accepted = new ArrayList<>();
        for (CurrentUser user : DemoAccounts.USERS) {
            if (user.role().clinicTeam()) {
                continue;
            }
            Browser browser = new Browser(port).logIn(user.username());
            for (String route : postRoutes()) {
                if (route.startsWith("/mitt/") || route.equals("/logout") || route.equals("/login")
                        || route.startsWith("/tilgangslogg")) {
                    continue;
                }
                String path = concrete(route, related);
                HttpResponse<String> response = browser.post(path, Map.of("reason", "x", "version", "0",
                        "title", "x", "owner", user.username(), "dueDate", TODAY.toString(), "from", TODAY.toString(),
                        "to", TODAY.toString(), "grade", "50", "metOn", TODAY.toString()));
                if (response.statusCode() < 400) {
                    accepted.add(user.username() + " POST " + path + " -> " + response.statusCode());
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void aClinicChangesNothingOnAnotherClinicsPathwayOfAPersonBothFollow() {
        List<String> accepted = new ArrayList<>();
        int requests = 0;
        Map<Subject, Integer> tasksBefore = new LinkedHashMap<>();
        for (Subject s : List.of(sharedNord, sharedMidt)) {
            tasksBefore.put(s, access.asSystem(() -> pathways.tasks(s.pathway().id())).size());
        }
        for (CurrentUser user : DemoAccounts.USERS) {
            if (!user.role().clinicTeam()) {
                continue;
            }
            Subject other = user.organisationNumber().equals(DemoAccounts.CLINIC_NORD) ? sharedMidt : sharedNord;
            Browser browser = new Browser(port).logIn(user.username());
            for (String route : postRoutes()) {
                // Routes without variables create something new for the user's own clinic; the others name a resource.
                if (!route.contains("{") || route.startsWith("/mitt/") || route.startsWith("/tilgangslogg")) {
                    continue;
                }
                String path = concrete(route, other);
                HttpResponse<String> response = browser.post(path, Map.of("reason", "x", "version", "0",
                        "title", "x", "owner", user.username(), "dueDate", TODAY.toString(), "from", TODAY.toString(),
                        "to", TODAY.toString(), "grade", "50", "metOn", TODAY.toString()));
                requests++;
                if (response.statusCode() < 400) {
                    accepted.add(user.username() + " POST " + path + " -> " + response.statusCode());
                }
            }
        }
        assertThat(accepted).as("accepted of %d writes", requests).isEmpty();
        for (Subject s : List.of(sharedNord, sharedMidt)) {
            Pathway now = access.asSystem(() -> pathways.byId(s.pathway().id()).orElseThrow());
            assertThat(now.version()).isEqualTo(s.pathway().version());
            assertThat(access.asSystem(() -> pathways.tasks(s.pathway().id()))).hasSize(tasksBefore.get(s));
        }
    }

    @Test
    void withdrawingConsentTakesEffectAtOnceForAnOpenSession() {
        Browser leader = new Browser(port).logIn("lars.leder");
        String pathwayPage = "/forlop/" + related.pathway().id();
        assertThat(leader.get(pathwayPage).body()).contains("Tidslinje for sykefraværet");
        assertThat(leader.get("/api/v1/pathways/" + related.pathway().id()).body()).contains("\"caseStart\":");

        Browser patient = new Browser(port).logIn("pia.pasient");
        String sharing = patient.get("/mitt/deling").body();
        String consentId = sharing.replaceAll("(?s).*/mitt/deling/([0-9a-f-]{36})/av.*", "$1");
        assertThat(consentId).hasSize(36);
        assertThat(patient.post("/mitt/deling/" + consentId + "/av", Map.of()).statusCode()).isEqualTo(302);

        // The leader's session stays open; the very next request no longer shows work-function data.
        String after = leader.get(pathwayPage).body();
        assertThat(after).doesNotContain("Tidslinje for sykefraværet").contains(related.name());
        assertThat(leader.get("/api/v1/pathways/" + related.pathway().id()).body()).contains("\"sickLeave\":null");
        assertThat(leader.get("/api/v1/pathways/" + related.pathway().id() + "/sick-leave").statusCode()).isEqualTo(403);

        // And the patient sees in plain language that the leader looked.
        assertThat(patient.get("/mitt/innsyn").body()).contains("Lars Leder");
    }

    /** What this user must never see of this subject. */
    private Set<String> forbiddenMarkers(CurrentUser user, Subject subject) {
        Set<String> markers = new LinkedHashSet<>();
        boolean relatedSubject = subject == related;
        boolean clinicOfSubject = user.role().clinicTeam() && user.organisationNumber().equals(subject.clinic());
        if (subject == sharedNord || subject == sharedMidt) {
            // The other clinic also follows the person: their name is person-level data, the pathway is not theirs.
            if (!clinicOfSubject) {
                markers.add(subject.healthMarker());
                markers.add(subject.pathwayMarker());
                if (!user.role().clinicTeam()) {
                    markers.add(subject.name());
                }
            }
            return markers;
        }
        if (!relatedSubject) {
            boolean tiedToB = clinicOfSubject;
            if (!tiedToB) {
                markers.add(subject.name());
                markers.add(subject.healthMarker());
            }
            return markers;
        }
        switch (user.role()) {
            case NEAREST_LEADER -> markers.add(subject.healthMarker());
            case NAV_COUNSELLOR -> markers.add(subject.healthMarker());
            case ANALYST, SECURITY_OFFICER -> {
                markers.add(subject.name());
                markers.add(subject.healthMarker());
            }
            case COORDINATOR, CLINICIAN -> {
                if (!clinicOfSubject) {
                    markers.add(subject.name());
                    markers.add(subject.healthMarker());
                }
            }
            case GP, PATIENT -> { }
        }
        return markers;
    }

    private List<String> getRoutes() {
        return routes(RequestMethod.GET).stream()
                .filter(r -> !r.startsWith("/error") && !r.startsWith("/login") && !r.startsWith("/v3/api-docs")
                        && !r.startsWith("/swagger-ui"))
                .toList();
    }

    private List<String> postRoutes() {
        return routes(RequestMethod.POST);
    }

    private List<String> routes(RequestMethod method) {
        Set<String> result = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(method)) {
                result.addAll(info.getPatternValues());
            }
        }
        return List.copyOf(result);
    }

    /** Fills a route's variables with the subject's ids: referral ids for referral routes, pathway ids otherwise. */
    private String concrete(String route, Subject s) {
        String id = route.contains("referral") || route.contains("henvisning") ? s.referral().id().toString()
                : s.pathway().id().toString();
        return route.replace("{id}", id).replace("{pathwayId}", s.pathway().id().toString())
                .replace("{referralId}", s.referral().id().toString())
                .replace("{taskId}", s.taskId().toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private Subject create(NationalIdNumber nationalId, String clinic, String gpHpr, String employerOrg, String leader,
                           boolean tiesForRelated) {
        return create(nationalId, clinic, gpHpr, employerOrg, leader, tiesForRelated, null);
    }

    /** {@code family}: the person's family name when they are already registered (null: a new marker name). */
    private Subject create(NationalIdNumber nationalId, String clinic, String gpHpr, String employerOrg, String leader,
                           boolean tiesForRelated, String knownFamily) {
        String suffix = Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "").toUpperCase();
        String family = knownFamily != null ? knownFamily : "Markor" + suffix;
        String health = "HELSEMARKOR-" + suffix;
        NewReferral referral = new NewReferral(clinic,
                new Referrer(ReferrerKind.GP, "Fastlege", HprNumber.parse(gpHpr), "Legekontor"),
                new PatientDetails(nationalId, "Pia", family, null, null),
                new EmploymentDetails(OrganisationNumber.parse(employerOrg), "Arbeidsgiveren AS", "Baker", "Leder",
                        null, null, leader),
                TODAY.minusDays(20), new ReferredSickLeave(SickLeaveStatus.FULL, 100, TODAY.minusWeeks(6)),
                ComplaintGroup.COMMON_MENTAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, "P76"), health,
                health + " arbeidsmål", "kari.koordinator");
        Referral created = registerReferral.register(referral, "kari.koordinator");
        triageReferral.triage(created.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(3),
                health + " vurdering"), "kari.koordinator");
        registerSickLeave.register(created.personId(), TODAY.minusWeeks(6), TODAY.plusWeeks(6), 100, "kari.koordinator");
        Pathway pathway = pathways.byReferral(created.id()).orElseThrow();
        UUID taskId = addTask.add(pathway.id(), "Ring " + family, "kari.koordinator", TODAY.plusDays(2),
                "kari.koordinator").id();
        if (!tiesForRelated) {
            // The demo leader owns a task on this stranger's pathway: his "Mine oppgaver" must still not show it.
            addTask.add(pathway.id(), "Følg opp " + family, "lars.leder", TODAY.plusDays(1), "kari.koordinator");
        }
        if (tiesForRelated) {
            addNavToTeam.add(created.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
            grantConsent.grant(created.personId().value(), Party.EMPLOYER, employerOrg, InformationCategory.WORK_FUNCTION,
                    Purpose.FOLLOW_UP, null);
        }
        return new Subject(created, pathway, taskId, clinic, family, health, "Ring " + family);
    }

    /**
     * Plants markers in the pathway's own administrative and work-function data (a task, a meeting's place, the plan's
     * goal), which only the pathway's clinic may see.
     */
    private Subject withPathwayMarkers(Subject s) {
        String marker = "FORLOPMARKOR-" + s.healthMarker().substring("HELSEMARKOR-".length());
        UUID pathwayId = s.pathway().id();
        addTask.add(pathwayId, marker + " oppgave", "kari.koordinator", TODAY.plusDays(4), "kari.koordinator");
        scheduleMeeting.schedule(pathwayId, new MeetingRequest(MeetingType.COLLABORATION, TODAY.plusDays(6).atTime(9, 0),
                60, marker + " møterom", null, List.of(new Participant(Participant.Role.PATIENT, "Pasienten", null,
                null))), "kari.koordinator");
        publishPlan.publish(pathwayId, 0, new PlanDraft(marker + " plan", List.of(), List.of(new PlanDraft.GradedStep(
                TODAY.plusDays(1), TODAY.plusWeeks(2), 50)), null, List.of(), false), "kari.koordinator");
        Pathway now = pathways.byId(pathwayId).orElseThrow();
        return new Subject(s.referral(), now, s.taskId(), s.clinic(), s.name(), s.healthMarker(), marker);
    }

    /** {@code pathwayMarker}: text only the pathway's clinic (and parties related to the person) may see. */
    record Subject(Referral referral, Pathway pathway, UUID taskId, String clinic, String name, String healthMarker,
                   String pathwayMarker) {
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    static boolean clinic(Role role) {
        return role.clinicTeam();
    }
}
