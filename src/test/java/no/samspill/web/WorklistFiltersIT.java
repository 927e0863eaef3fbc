package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.WorklistKind;
import no.samspill.pathway.WorklistScope;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The coordinator's worklist, "tasks and milestones due this week and overdue, across all their pathways, with sorting
 * and filters": every combination the page and the API offer (scope × kind × sort) answers with exactly the open items
 * it promises, in the order asked for; a bad filter, sort or page is a 400 naming the field (API) or a message at the
 * field (page), never a 500.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class WorklistFiltersIT {

    static final LocalDate TODAY = TestClock.TODAY;
    static final LocalDate SUNDAY = TODAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Every kind filter offered: none (all kinds) and each kind. */
    static final List<String> KIND_FILTERS = Stream.concat(Stream.of(""),
            Arrays.stream(WorklistKind.values()).map(Enum::name)).toList();

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired AddTask addTask;
    @Autowired RegisterSickLeavePeriod registerSickLeave;

    Pathway pathway;
    String marker;

    /** Items of one pathway: tasks overdue, due this week and later; the statutory milestones of a full leave. */
    @BeforeEach
    void aPathwayWithItemsOnEverySideOfTheWeek() {
        marker = "Filtertest" + Long.toString(Math.abs(new Random().nextLong()), 36);
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4), null), "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
        addTask.add(pathway.id(), marker + " forfalt", "kari.koordinator", TODAY.minusDays(3), "kari.koordinator");
        addTask.add(pathway.id(), marker + " i dag", "kari.koordinator", TODAY, "kari.koordinator");
        addTask.add(pathway.id(), marker + " søndag", "kari.koordinator", SUNDAY, "kari.koordinator");
        addTask.add(pathway.id(), marker + " neste uke", "kari.koordinator", SUNDAY.plusDays(1), "kari.koordinator");
        // Full leave from five weeks ago: the plan (week 4) is overdue, DM1 (week 7) due in 13 days, and later ones.
        registerSickLeave.register(referral.personId(), TODAY.minusWeeks(5), TODAY.plusWeeks(30), 100,
                "kari.koordinator");
    }

    @Test
    void everyScopeKindAndSortOfTheApiGivesExactlyItsItemsInOrder() throws Exception {
        Http kari = new Http(port, "kari.koordinator");
        List<JsonNode> everything = allPages(kari, "scope=ALL&sort=due");
        List<Item> mineOpen = mine(everything);
        assertThat(mineOpen).extracting(Item::ref).contains(MilestoneKind.FOLLOW_UP_PLAN.name(),
                MilestoneKind.DIALOGUE_MEETING_1.name(), MilestoneKind.ACTIVITY_REQUIREMENT.name());
        assertThat(mineOpen).extracting(Item::title).contains(marker + " forfalt", marker + " i dag",
                marker + " søndag", marker + " neste uke");

        for (WorklistScope scope : WorklistScope.values()) {
            for (String kind : KIND_FILTERS) {
                for (String sort : List.of("due", "-due")) {
                    String query = "scope=" + scope + (kind.isEmpty() ? "" : "&kind=" + kind) + "&sort=" + sort;
                    List<JsonNode> items = allPages(kari, query);
                    LocalDate bound = bound(scope);
                    for (JsonNode item : items) {
                        LocalDate due = LocalDate.parse(item.get("dueDate").asString());
                        assertThat(due).as(query).isBeforeOrEqualTo(bound);
                        assertThat(item.get("overdue").asBoolean()).as(query).isEqualTo(due.isBefore(TODAY));
                        if (!kind.isEmpty()) {
                            assertThat(item.get("kind").asString()).as(query).isEqualTo(kind);
                        }
                    }
                    List<LocalDate> dues = items.stream().map(i -> LocalDate.parse(i.get("dueDate").asString())).toList();
                    assertThat(dues).as(query).isSortedAccordingTo(order(sort.equals("due")));
                    List<Item> expected = mineOpen.stream().filter(i -> !i.due().isAfter(bound))
                            .filter(i -> kind.isEmpty() || i.kind().equals(kind)).toList();
                    assertThat(mine(items)).as(query).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
        // This week includes today and Sunday, not Monday; overdue is before today only.
        assertThat(mine(allPages(kari, "scope=WEEK&kind=TASK"))).extracting(Item::title).containsExactlyInAnyOrder(
                marker + " forfalt", marker + " i dag", marker + " søndag");
        assertThat(mine(allPages(kari, "scope=OVERDUE"))).extracting(Item::ref).contains(
                MilestoneKind.FOLLOW_UP_PLAN.name()).doesNotContain(MilestoneKind.DIALOGUE_MEETING_1.name());
        assertThat(mine(allPages(kari, "scope=OVERDUE&kind=TASK"))).extracting(Item::title)
                .containsExactly(marker + " forfalt");
        // The defaults: this week and overdue, all kinds, earliest first.
        assertThat(mine(allPages(kari, ""))).containsExactlyInAnyOrderElementsOf(
                mine(allPages(kari, "scope=WEEK&sort=due")));
    }

    @Test
    void everyScopeKindAndSortOfThePageShowsItsItemsInOrderWithTheFilterSelected() {
        Browser kari = new Browser(port).logIn("kari.koordinator");
        for (WorklistScope scope : WorklistScope.values()) {
            for (String kind : KIND_FILTERS) {
                for (String sort : List.of("asc", "desc")) {
                    String query = "scope=" + scope + "&kind=" + kind + "&sort=" + sort;
                    HttpResponse<String> page = kari.get("/arbeidsliste?" + query);
                    assertThat(page.statusCode()).as(query).isEqualTo(200);
                    String body = page.body();
                    assertThat(body).as(query).contains("value=\"" + scope + "\" selected")
                            .contains("value=\"" + sort + "\" selected").doesNotContain("app-field-error");
                    if (!kind.isEmpty()) {
                        assertThat(body).as(query).contains("value=\"" + kind + "\" selected");
                    }
                    List<LocalDate> dues = rowDates(body);
                    assertThat(dues).as(query).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(bound(scope)));
                    assertThat(dues).as(query).isSortedAccordingTo(order(sort.equals("asc")));
                    if (!kind.isEmpty()) {
                        String label = WorklistKind.valueOf(kind).label();
                        assertThat(rowKinds(body)).as(query).allMatch(label::equals);
                    }
                }
            }
        }
        // Tasks this week, latest first: Sunday's is on the first page, next week's is not.
        String tasks = kari.get("/arbeidsliste?scope=WEEK&kind=TASK&sort=desc").body();
        assertThat(tasks).contains(marker + " søndag").doesNotContain(marker + " neste uke");
        // All open tasks: next week's too.
        assertThat(kari.get("/arbeidsliste?scope=ALL&kind=TASK&sort=desc").body()).contains(marker + " neste uke");
    }

    @Test
    void badFiltersSortsAndPagesAre400NamingTheFieldInTheApi() throws Exception {
        Http kari = new Http(port, "kari.koordinator");
        String[][] cases = {{"scope=SOON", "scope"}, {"scope=week", "scope"}, {"kind=MEETING", "kind"},
                {"sort=due,asc", "sort"}, {"sort=DUE", "sort"}, {"page=-1", "page"},
                {"page=x", "page"}, {"page=2147483647", "page"}, {"page=100001", "page"}, {"size=0", "size"},
                {"size=201", "size"}, {"size=ten", "size"}};
        for (String[] bad : cases) {
            HttpResponse<String> response = kari.get("/api/v1/worklist?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(bad[0])
                    .startsWith("application/problem+json");
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            assertThat(errors).as(bad[0] + ": " + response.body()).isNotNull();
            assertThat(errors.get(0).get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
        // Empty values are the defaults, as a plain form submit sends them.
        assertThat(kari.get("/api/v1/worklist?scope=&kind=&sort=").statusCode()).isEqualTo(200);
        // The last allowed page is an empty page, not an error.
        HttpResponse<String> last = kari.get("/api/v1/worklist?scope=ALL&page=100000&size=200");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(last.body()).get("items").size()).isZero();
    }

    @Test
    void aPageFarBeyondTheEndOfTheOutsidePartiesOwnTasksIsNeverA500() throws Exception {
        HttpResponse<String> api = new Http(port, "lars.leder").get("/api/v1/my-tasks?page=2147483647");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(api.body()).get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(new Http(port, "lars.leder").get("/api/v1/my-tasks?page=100000").statusCode()).isEqualTo(200);
        assertThat(new Browser(port).logIn("lars.leder").get("/mine-oppgaver?page=2147483647").statusCode())
                .isEqualTo(200);
    }

    @Test
    void badFiltersSortsAndPagesAreShownAtTheFieldOnThePage() {
        Browser kari = new Browser(port).logIn("kari.koordinator");
        String[][] cases = {{"scope=SOON", "filter-scope-feil", "Ukjent visning «SOON»"},
                {"kind=MEETING", "filter-kind-feil", "Ukjent type «MEETING»"},
                {"sort=sideways", "filter-sort-feil", "Ukjent sortering «sideways»"},
                {"page=-1", "filter-page-feil", "Ugyldig side «-1»"}, {"page=x", "filter-page-feil", "Ugyldig side «x»"},
                {"page=2147483647", "filter-page-feil", "Ugyldig side «2147483647»"}};
        for (String[] bad : cases) {
            HttpResponse<String> page = kari.get("/arbeidsliste?" + bad[0]);
            assertThat(page.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(page.body()).as(bad[0]).contains("id=\"" + bad[1] + "\"").contains(bad[2])
                    .contains("Du må rette disse feilene")
                    // The rest of the page still works, with the default in place of the bad value.
                    .contains("<h1 class=\"aksel-heading aksel-heading--xlarge\">Arbeidsliste</h1>")
                    .contains("id=\"worklist-table\"");
        }
        // A bad value next to good ones: the good ones still apply.
        String mixed = kari.get("/arbeidsliste?scope=ALL&kind=TASK&sort=" + URLEncoder.encode("<x>",
                StandardCharsets.UTF_8)).body();
        assertThat(mixed).contains("value=\"ALL\" selected").contains("value=\"TASK\" selected")
                .contains("Ukjent sortering «&lt;x&gt;»").doesNotContain("<x>");
        assertThat(rowKinds(mixed)).isNotEmpty().allMatch(WorklistKind.TASK.label()::equals);
        // Empty values are the defaults, as a plain form submit sends them.
        assertThat(kari.get("/arbeidsliste?scope=&kind=&sort=&page=").statusCode()).isEqualTo(200);
    }

    private List<JsonNode> allPages(Http http, String query) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> response = http.get("/api/v1/worklist?" + query + (query.isEmpty() ? "" : "&")
                    + "size=200&page=" + page);
            assertThat(response.statusCode()).as(query + " page " + page).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            body.get("items").forEach(items::add);
            if (!body.get("hasNext").asBoolean()) {
                return items;
            }
        }
        throw new AssertionError("More than 100 pages of worklist for " + query);
    }

    private List<Item> mine(List<JsonNode> items) {
        return items.stream().filter(i -> i.get("pathwayId").asString().equals(pathway.id().toString()))
                .map(i -> new Item(i.get("kind").asString(), i.get("ref").asString(), i.get("title").asString(),
                        LocalDate.parse(i.get("dueDate").asString())))
                .toList();
    }

    private static Comparator<LocalDate> order(boolean earliestFirst) {
        return earliestFirst ? Comparator.naturalOrder() : Comparator.reverseOrder();
    }

    private static LocalDate bound(WorklistScope scope) {
        return switch (scope) {
            case WEEK -> SUNDAY;
            case OVERDUE -> TODAY.minusDays(1);
            case ALL -> LocalDate.MAX;
        };
    }

    private static final Pattern ROW = Pattern.compile(
            "<tr class=\"aksel-table__row app-worklist-row\">\\s*<td[^>]*>(\\d{2}\\.\\d{2}\\.\\d{4})</td>.*?</td>\\s*"
                    + "<td[^>]*>([^<]*)</td>", Pattern.DOTALL);

    private static List<LocalDate> rowDates(String page) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            dates.add(LocalDate.parse(m.group(1), NORWEGIAN_DATE));
        }
        return dates;
    }

    private static List<String> rowKinds(String page) {
        List<String> kinds = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            kinds.add(m.group(2));
        }
        return kinds;
    }

    record Item(String kind, String ref, String title, LocalDate due) {
    }
}
