package no.samspill.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.samspill.access.AccessLogs;
import no.samspill.access.Consent;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.NoAccessException;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.access.ResearchBasis;
import no.samspill.access.ResearchObjection;
import no.samspill.access.WithdrawConsent;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.RegisterReferralInError;
import no.samspill.support.AsUser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Research extracts on PostgreSQL: who is included (consent, withdrawn consent, exemption with objection, registered
 * in error), pseudonyms, the dictionary, suppression, and the access log.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class ResearchExtractIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired RegisterReferralInError registerInError;
    @Autowired GrantConsent grantConsent;
    @Autowired WithdrawConsent withdrawConsent;
    @Autowired ResearchObjection objection;
    @Autowired CreateResearchProject createProject;
    @Autowired RunResearchExtract runExtract;
    @Autowired AccessLogs accessLogs;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;

    /** Five who consent (one cell: same band, sex, clinic, month), one who withdrew, one who objected, one who did
     * neither, one registered in error (with consent), one alone in a small cell (with consent). */
    static final List<Referral> consenting = new ArrayList<>();
    static Referral withdrew;
    static Referral objected;
    static Referral neither;
    static Referral inError;
    static Referral alone;

    /** A woman aged 38-44 when referred (all in one age band), with a national ID number no other test uses. */
    Referral referral() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1982, 1, 1).plusDays(random.nextInt(6 * 365));
        return registerReferral.register(Referrals.aReferral()
                .forPatient(SyntheticNationalIds.generate(born, Sex.FEMALE, random)).build(), "kari.koordinator");
    }

    void consent(Referral r) {
        grantConsent.grant(r.personId().value(), Party.ANALYST, null, InformationCategory.HEALTH, Purpose.RESEARCH, null);
    }

    @BeforeEach
    void people() {
        if (!consenting.isEmpty()) {
            return;
        }
        for (int i = 0; i < 5; i++) {
            Referral r = referral();
            consent(r);
            consenting.add(r);
        }
        withdrew = referral();
        consent(withdrew);
        Consent given = grantConsent.grant(withdrew.personId().value(), Party.ANALYST, null, InformationCategory.HEALTH,
                Purpose.RESEARCH, null);
        withdrawConsent.withdraw(withdrew.personId().value(), given.id());
        objected = referral();
        objection.object(objected.personId().value());
        neither = referral();
        inError = referral();
        consent(inError);
        registerInError.registerInError(inError.id(), inError.version(), "Feil pasient", "kari.koordinator");
        NationalIdNumber old = SyntheticNationalIds.generate(LocalDate.of(1950, 1, 1).plusDays(
                ThreadLocalRandom.current().nextInt(8 * 365)), Sex.MALE, ThreadLocalRandom.current());
        alone = registerReferral.register(Referrals.aReferral().forPatient(old).build(), "kari.koordinator");
        consent(alone);
    }

    ResearchProject project(ResearchBasis basis, DateGranularity granularity) {
        String code = "P-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return new AsUser(userDetails).run("anna.analytiker", () -> createProject.create(new NewResearchProject(code,
                "Samhandlingsmøter og retur til arbeid", "REK 2026/12345", basis,
                basis == ResearchBasis.CONSENT ? "Samtykke fra deltakerne (helseforskningsloven § 13)"
                        : "REK har gitt dispensasjon fra taushetsplikt og samtykke etter helseforskningsloven § 35",
                granularity, EnumSet.allOf(VariableGroup.class))));
    }

    Map<String, String> run(ResearchProject project) throws IOException {
        RunResearchExtract.ExtractFile file = new AsUser(userDetails).run("anna.analytiker",
                () -> runExtract.run(project.code(), "anna.analytiker"));
        try {
            return unzip(Files.readAllBytes(file.zip()));
        } finally {
            Files.deleteIfExists(file.zip());
        }
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    String pseudonym(ResearchProject project, Referral r) {
        byte[] secret = jdbc.sql("SELECT secret FROM research_project WHERE id = ?").param(project.id())
                .query((rs, n) -> rs.getBytes(1)).single();
        String nationalId = jdbc.sql("SELECT national_id FROM person WHERE id = ?").param(r.personId().value())
                .query(String.class).single();
        return Pseudonyms.of(secret, nationalId);
    }

    static List<Map<String, String>> rows(String csv) {
        String[] lines = csv.split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] values = lines[i].split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), values[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> pseudonyms(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("pseudonym")).toList();
    }

    @Test
    void aConsentProjectIncludesOnlyActiveConsentsAndNotWhatWasRegisteredInError() throws IOException {
        ResearchProject project = project(ResearchBasis.CONSENT, DateGranularity.MONTH);
        List<Map<String, String>> rows = rows(run(project).get("dataset.csv"));
        List<String> included = pseudonyms(rows);
        consenting.forEach(r -> assertThat(included).contains(pseudonym(project, r)));
        assertThat(included).doesNotContain(pseudonym(project, withdrew), pseudonym(project, objected),
                pseudonym(project, neither), pseudonym(project, inError));
        Map<String, String> first = rows.stream().filter(r -> r.get("pseudonym").equals(pseudonym(project,
                consenting.get(0)))).findFirst().orElseThrow();
        assertThat(first.get("age_band")).isEqualTo("35-44");
        assertThat(first.get("sex")).isEqualTo("F");
        assertThat(first.get("pathway_opened")).isEqualTo("2026-11");
        assertThat(first.get("complaint_group")).isEqualTo("MUSCULOSKELETAL");
    }

    @Test
    void anExemptionIncludesEveryoneButThoseWhoObjectedOrWithdrew() throws IOException {
        ResearchProject project = project(ResearchBasis.EXEMPTION, DateGranularity.DAY);
        Map<String, String> files = run(project);
        List<Map<String, String>> rows = rows(files.get("dataset.csv"));
        List<String> included = pseudonyms(rows);
        assertThat(included).contains(pseudonym(project, neither), pseudonym(project, consenting.get(0)));
        assertThat(included).doesNotContain(pseudonym(project, objected), pseudonym(project, withdrew),
                pseudonym(project, inError));
        Map<String, String> row = rows.stream().filter(r -> r.get("pseudonym").equals(pseudonym(project, neither)))
                .findFirst().orElseThrow();
        assertThat(row.get("pathway_opened")).isEqualTo("2026-11-21");

        // An objection, and withdrawing it, count at the next extract.
        Referral changesMind = referral();
        objection.object(changesMind.personId().value());
        assertThat(pseudonyms(rows(run(project).get("dataset.csv")))).doesNotContain(pseudonym(project, changesMind));
        objection.withdraw(changesMind.personId().value());
        assertThat(pseudonyms(rows(run(project).get("dataset.csv")))).contains(pseudonym(project, changesMind));
    }

    @Test
    void smallCellsAreGeneralisedOrLeftOutAndTheReportSaysSo() throws IOException {
        ResearchProject project = project(ResearchBasis.CONSENT, DateGranularity.DAY);
        Map<String, String> files = run(project);
        List<Map<String, String>> rows = rows(files.get("dataset.csv"));
        // The man in his seventies is alone in his cell: generalised (age band and sex "*", year only) or left out.
        rows.stream().filter(r -> r.get("pseudonym").equals(pseudonym(project, alone))).forEach(r -> {
            assertThat(r.get("age_band")).isEqualTo("*");
            assertThat(r.get("sex")).isEqualTo("*");
            assertThat(r.get("pathway_opened")).isEqualTo("2026");
        });
        Map<String, Long> combinations = new HashMap<>();
        rows.forEach(r -> combinations.merge(r.get("age_band") + "|" + r.get("sex") + "|" + r.get("clinic") + "|"
                + r.get("pathway_opened").substring(0, r.get("age_band").equals("*") ? 4 : 7), 1L, Long::sum));
        assertThat(combinations.values()).allMatch(n -> n >= SmallCells.THRESHOLD);
        assertThat(files.get("suppression-report.md")).contains("Threshold: 5 rows", "registered in error",
                "Rows in dataset.csv: " + rows.size());
    }

    @Test
    void theDictionaryDescribesEveryColumnAndNothingIdentifyingGoesOut() throws IOException {
        ResearchProject project = project(ResearchBasis.EXEMPTION, DateGranularity.MONTH);
        Map<String, String> files = run(project);
        String header = files.get("dataset.csv").split("\r\n")[0];
        List<String> dictionaryColumns = files.get("dictionary.csv").lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(dictionaryColumns).containsExactly(header.split(","));
        for (String column : header.split(",")) {
            assertThat(files.get("dictionary.md")).contains("| " + column + " |");
        }
        String all = String.join("\n", files.values());
        for (Referral r : List.of(consenting.get(0), neither, alone)) {
            String nationalId = jdbc.sql("SELECT national_id FROM person WHERE id = ?").param(r.personId().value())
                    .query(String.class).single();
            assertThat(all).doesNotContain(nationalId, nationalId.substring(0, 6), r.personId().value().toString(),
                    r.id().toString(), no.samspill.identifiers.NationalIdNumber.parse(nationalId).birthDate().toString());
        }
        assertThat(all).doesNotContain("Testa", "Testesen", "Fysioterapi i 6 uker", "Tilbake i full jobb",
                "Feil pasient", "1985-03-14");
    }

    @Test
    void theExtractIsInTheAccessLogAndThePatientSeesIt() throws IOException {
        ResearchProject project = project(ResearchBasis.CONSENT, DateGranularity.MONTH);
        run(project);
        UUID person = consenting.get(1).personId().value();
        assertThat(accessLogs.whoHasLooked(person)).anySatisfy(a -> {
            assertThat(a.entry().resourceType()).isEqualTo("ResearchExtract");
            assertThat(a.entry().username()).isEqualTo("anna.analytiker");
            assertThat(a.entry().resourceId()).startsWith(project.code() + "/");
            assertThat(a.entry().reason()).contains("rader");
        });
        assertThat(accessLogs.whoHasLooked(neither.personId().value()))
                .noneSatisfy(a -> assertThat(a.entry().resourceId()).startsWith(project.code() + "/"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM research_extract WHERE project_id = ?").param(project.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheAnalystRunsAnExtractAndTheApiAnswersWithAZip() throws Exception {
        ResearchProject project = project(ResearchBasis.EXEMPTION, DateGranularity.MONTH);
        assertThatThrownBy(() -> runExtract.run(project.code(), "kari.koordinator")).isInstanceOf(NoAccessException.class);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE resource_type = 'ResearchExtract' AND resource_id = ?
                  AND username = 'kari.koordinator' AND NOT allowed""").param(project.code()).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(new Http(port, "kari.koordinator").send("POST", "/api/v1/research/projects/" + project.code()
                + "/extracts", null).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + "/api/v1/research/projects/" + project.code() + "/extracts"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "anna.analytiker:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(201);
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/zip"));
        assertThat(unzip(zip.body()).keySet()).containsExactlyInAnyOrder("dataset.csv", "dictionary.md",
                "dictionary.csv", "suppression-report.md");

        HttpResponse<String> bad = new Http(port, "anna.analytiker").send("POST", "/api/v1/research/projects",
                "{\"code\": \"x\", \"legalBasis\": \"EXEMPTION\", \"legalBasisText\": \"kort\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("rekReference", "legalBasisText", "dateGranularity", "title");
        assertThat(new Http(port, "anna.analytiker").get("/api/v1/research/projects/" + project.code()).body())
                .doesNotContain("secret");
    }
}
