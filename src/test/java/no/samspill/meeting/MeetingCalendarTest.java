package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invitation is valid RFC 5545: CRLF lines of at most 75 octets, escaped text, UTC times, a stable UID. */
class MeetingCalendarTest {

    @Test
    void anInvitationHasUidStampAndUtcTimes() {
        Meeting m = MeetingStatusTest.invited();
        String ics = MeetingCalendar.ics(m, "Kari Koordinator", Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:" + m.id() + "@samspill.no\r\n", "DTSTAMP:20261124T101500Z\r\n",
                        "DTSTART:20261120T080000Z\r\n", "DTEND:20261120T090000Z\r\n", "SUMMARY:Dialogmøte 1 – Helse og arbeid");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void textIsEscaped() {
        assertThat(MeetingCalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(MeetingCalendar.paramValue("Kari \"K\"\n")).isEqualTo("\"Kari K\"");
    }

    @Test
    void longLinesAreFoldedWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        MeetingCalendar.line(out, "DESCRIPTION:" + "æøå".repeat(40));
        String unfolded = out.toString().replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("DESCRIPTION:" + "æøå".repeat(40) + "\r\n");
    }
}
