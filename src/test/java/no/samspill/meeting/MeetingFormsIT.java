package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.plan.PlanQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
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

/**
 * The meeting and plan forms as a coordinator's browser posts them: nothing typed is lost (a draft's tasks, text on a
 * refused save), messages land on the row they are about, and conflicts answer 409 with the user's text kept.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class MeetingFormsIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired ScheduleMeeting schedule;
    @Autowired RecordMeetingHeld held;
    @Autowired WriteMinutes writeMinutes;
    @Autowired MeetingQueries meetings;
    @Autowired PlanQueries plans;

    Pathway pathway;
    Browser kari;

    @BeforeEach
    void aPathwayOfTheDemoLeadersEmployee() {
        Referral referral = registerReferral.register(Referrals.aReferral().byTheDemoGp().employedByTheDemoLeader().build(),
                "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
        kari = new Browser(port).logIn("kari.koordinator");
    }

    Meeting heldMeeting() {
        Meeting m = schedule.schedule(pathway.id(), new MeetingRequest(MeetingType.COLLABORATION,
                LocalDateTime.of(TODAY, LocalTime.of(8, 0)), 60, "Klinikken", null, List.of(
                new Participant(Participant.Role.PATIENT, "Pia Pasient", null, null),
                new Participant(Participant.Role.NEAREST_LEADER, "Lars Leder", "lars.leder", null))), "kari.koordinator");
        return held.held(m.id(), m.version(), "kari.koordinator");
    }

    @Test
    void aDraftsTasksAreShownAndKeptWhenTheMinutesAreFinalised() {
        Meeting h = heldMeeting();
        Map<String, String> draft = form("version", String.valueOf(h.version()), "situation", "Utkast situasjon",
                "conclusion", "Utkast konklusjon", "taskTitle0", "Avklar lettere oppgaver", "taskOwner0", "lars.leder",
                "taskDue0", TODAY.plusDays(7).toString());
        assertThat(kari.post("/moter/" + h.id() + "/referat", draft).statusCode()).isEqualTo(302);

        String page = kari.get("/moter/" + h.id()).body();
        assertThat(page).contains("value=\"Avklar lettere oppgaver\"", "value=\"" + TODAY.plusDays(7) + "\"")
                .containsPattern("<option value=\"lars.leder\" selected=\"selected\"");
        // Finalising posts the form as the page shows it: the draft's task is among the rows.
        Map<String, String> shown = formFields(page);
        shown.put("finalise", "on");
        assertThat(kari.post("/moter/" + h.id() + "/referat", shown).statusCode()).isEqualTo(302);
        Meeting finalised = meetings.byId(h.id());
        assertThat(finalised.minutes().finalised()).isTrue();
        assertThat(finalised.minutes().tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Avklar lettere oppgaver");
            assertThat(t.taskId()).isNotNull();
        });
        assertThat(pathways.tasks(pathway.id())).anyMatch(t -> t.owner().equals("lars.leder")
                && t.title().equals("Avklar lettere oppgaver") && t.open());
    }

    @Test
    void aRefusedSaveShowsWhatWasTypedWithTheMessageOnTheRightRow() {
        Meeting h = heldMeeting();
        // Rows 0 and 1 left blank; the task in row 2 has no due date. It comes back as the first row, with its message.
        HttpResponse<String> refused = kari.post("/moter/" + h.id() + "/referat", form("version",
                String.valueOf(h.version()), "situation", "Min lange situasjonstekst", "conclusion", "Min konklusjon",
                "clinicalNote", "Mitt notat", "taskTitle2", "Ring arbeidsgiver", "taskOwner2", "lars.leder",
                "taskDue2", "", "finalise", "on"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.body();
        assertThat(page).contains("Min lange situasjonstekst", "Min konklusjon", "Mitt notat",
                "id=\"minutes-tasks[0]-title\" name=\"taskTitle0\" value=\"Ring arbeidsgiver\"",
                "id=\"minutes-tasks[0]-dueDate-feil\"", "id=\"minutes-finalise\" name=\"finalise\" class=\"aksel-checkbox__input\" checked");
        assertThat(page).doesNotContain("minutes-tasks[2]-dueDate-feil");
        assertThat(meetings.byId(h.id()).minutes()).isNull();
    }

    @Test
    void aConflictOnTheMinutesKeepsTheTextSoItCanBeCopied() {
        Meeting h = heldMeeting();
        writeMinutes.write(h.id(), h.version(), new Minutes("Lagret av en annen", "K", null, List.of(), false), false,
                "lise.kliniker");
        HttpResponse<String> conflict = kari.post("/moter/" + h.id() + "/referat", form("version",
                String.valueOf(h.version()), "situation", "Min tekst som ikke må gå tapt", "conclusion", "Min konklusjon",
                "taskTitle0", "Min oppgave", "taskOwner0", "lars.leder", "taskDue0", TODAY.plusDays(3).toString()));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Lagret av en annen", "Min tekst som ikke må gå tapt", "value=\"Min oppgave\"",
                "Teksten din er ikke lagret");
        assertThat(meetings.byId(h.id()).minutes().situation()).isEqualTo("Lagret av en annen");

        // If the other one finalised meanwhile, the form is gone: the text is still shown to copy.
        Meeting now = meetings.byId(h.id());
        writeMinutes.write(h.id(), now.version(), new Minutes("Ferdig av en annen", "K", null, List.of(), true), true,
                "lise.kliniker");
        HttpResponse<String> gone = kari.post("/moter/" + h.id() + "/referat", form("version",
                String.valueOf(now.version()), "situation", "Andre forsøk", "conclusion", "K2"));
        assertThat(gone.statusCode()).isEqualTo(409);
        assertThat(gone.body()).contains("unsaved-minutes", "Andre forsøk", "Ferdig av en annen");
    }

    @Test
    void aRefusedCorrectionKeepsItsText() {
        Meeting h = heldMeeting();
        Meeting f = writeMinutes.write(h.id(), h.version(), new Minutes("S", "K", null, List.of(), true), true,
                "kari.koordinator");
        HttpResponse<String> refused = kari.post("/moter/" + f.id() + "/referat/rettelse", form("version",
                String.valueOf(f.version()), "situation", "Rettet situasjon", "conclusion", "Rettet konklusjon", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Rettet situasjon", "Rettet konklusjon", "Oppgi hvorfor referatet rettes");
    }

    @Test
    void illegalStatusChangesInThePageAreConflicts() {
        Meeting h = heldMeeting();
        HttpResponse<String> cancel = kari.post("/moter/" + h.id() + "/avlys", form("version", String.valueOf(h.version())));
        assertThat(cancel.statusCode()).isEqualTo(409);
        assertThat(cancel.body()).contains("kan ikke få status «Avlyst»");
        assertThat(kari.post("/moter/" + h.id() + "/avholdt", form("version", "0")).statusCode()).as("stale").isEqualTo(409);
        assertThat(meetings.byId(h.id()).status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void theOwnersToChooseFromAreTheMeetingsAndPathwaysPartiesAndTheOrganiserIsTheCoordinator() {
        Meeting h = heldMeeting();
        String page = kari.get("/moter/" + h.id()).body();
        assertThat(page).contains("<option value=\"lars.leder\"", "<option value=\"kari.koordinator\"")
                .doesNotContain("<option value=\"lise.kliniker\"");
        // Whoever downloads it, the invitation is from the pathway's coordinator.
        String ics = new Browser(port).logIn("lars.leder").get("/moter/" + h.id() + "/invitasjon.ics").body();
        assertThat(ics).contains("ORGANIZER;CN=\"Kari Koordinator\"").doesNotContain("CN=\"Lars Leder\"");
    }

    @Test
    void aParticipantsMissingNameIsShownAtThatParticipant() {
        HttpResponse<String> refused = kari.post("/forlop/" + pathway.id() + "/moter", form("type", "COLLABORATION",
                "date", TODAY.plusDays(7).toString(), "time", "09:00", "durationMinutes", "60", "place", "Klinikken",
                "with_PATIENT", "on", "name_PATIENT", "Pia Pasient", "with_NEAREST_LEADER", "on", "name_NEAREST_LEADER", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"meeting-name_NEAREST_LEADER-feil\"")
                .doesNotContain("meeting-name_PATIENT-feil");

        HttpResponse<String> early = kari.post("/forlop/" + pathway.id() + "/moter", form("type", "COLLABORATION",
                "date", pathway.openedOn().minusDays(1).toString(), "time", "09:00", "durationMinutes", "60",
                "place", "Klinikken", "with_PATIENT", "on", "name_PATIENT", "Pia Pasient"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("id=\"meeting-date-feil\"", "før forløpet startet");
    }

    @Test
    void thePlanFormShowsEveryRowOfAPlanMadeThroughTheApiAndMessagesMatchTheirRows() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            LocalDate from = TODAY.plusWeeks(i);
            steps.append(i == 0 ? "" : ",").append("{\"from\":\"").append(from).append("\",\"to\":\"")
                    .append(from.plusDays(6)).append("\",\"percent\":").append(20 + i * 10).append('}');
        }
        String body = "{\"basedOn\":0,\"goal\":\"Sju trinn\",\"steps\":[" + steps + "]}";
        assertThat(new Http(port, "kari.koordinator").send("POST", "/api/v1/pathways/" + pathway.id() + "/plan-versions",
                body).statusCode()).isEqualTo(201);

        String edit = kari.get("/forlop/" + pathway.id() + "/plan/ny").body();
        assertThat(edit).contains("name=\"stepPercent6\" value=\"80\"", "name=\"stepFrom6\" value=\"" + TODAY.plusWeeks(6)
                + "\"", "name=\"stepPercent7\"");
        // Publishing the form unchanged keeps all seven steps.
        Map<String, String> shown = formFields(edit);
        assertThat(kari.post("/forlop/" + pathway.id() + "/plan", shown).statusCode()).isEqualTo(302);
        assertThat(plans.latest(pathway.id()).orElseThrow().steps()).hasSize(7);

        // A blank first row, then a step with 150 %: the message is at the row that holds it.
        HttpResponse<String> refused = kari.post("/forlop/" + pathway.id() + "/plan", form("basedOn", "2", "goal",
                "Mitt mål", "stepFrom1", TODAY.toString(), "stepTo1", TODAY.plusDays(6).toString(), "stepPercent1", "150"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Mitt mål", "id=\"plan-steps[0]-percent-feil\"",
                "name=\"stepPercent0\" value=\"150\"").doesNotContain("plan-steps[1]-percent-feil");

        // A stale version: 409, and what was typed is still in the form.
        HttpResponse<String> stale = kari.post("/forlop/" + pathway.id() + "/plan", form("basedOn", "1", "goal",
                "Mål skrevet samtidig"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Mål skrevet samtidig", "Det du skrev, står i skjemaet");
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    /** The fields of the page's form that posts to the minutes or the plan, as a browser would send them. */
    static Map<String, String> formFields(String page) {
        String form = page.replaceAll("(?s).*?(<form[^>]*action=\"[^\"]*/(referat|plan)\"[^>]*>.*?</form>).*", "$1");
        Map<String, String> fields = new LinkedHashMap<>();
        var inputs = java.util.regex.Pattern.compile("<input[^>]*>").matcher(form);
        while (inputs.find()) {
            String tag = inputs.group();
            String name = attr(tag, "name");
            if (name == null || name.equals("_csrf") || (tag.contains("type=\"checkbox\"") && !tag.contains("checked"))) {
                continue;
            }
            fields.put(name, attr(tag, "value") == null ? "" : attr(tag, "value"));
        }
        var areas = java.util.regex.Pattern.compile("(?s)<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>")
                .matcher(form);
        while (areas.find()) {
            fields.put(areas.group(1), areas.group(2).strip());
        }
        var selects = java.util.regex.Pattern.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>")
                .matcher(form);
        while (selects.find()) {
            var selected = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            var first = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\"").matcher(selects.group(2));
            fields.put(selects.group(1), selected.find() ? selected.group(1) : first.find() ? first.group(1) : "");
        }
        return fields;
    }

    private static String attr(String tag, String name) {
        var m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
