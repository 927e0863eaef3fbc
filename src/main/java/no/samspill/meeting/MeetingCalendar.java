package no.samspill.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The invitation as an iCalendar file (RFC 5545). Times are in UTC; text is escaped (§ 3.3.11) and lines are folded at
 * 75 octets (§ 3.1). The invitation carries no health data: type, time, place and agenda only.
 */
public final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    public static String ics(Meeting meeting, String organiser, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Samspill//Helse og arbeid//NO");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + meeting.id() + "@samspill.no");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(meeting.startsAt()));
        line(out, "DTEND:" + UTC.format(meeting.endsAt()));
        line(out, "SEQUENCE:" + meeting.version());
        line(out, "STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "SUMMARY:" + escape(meeting.type().label() + " – Helse og arbeid"));
        String where = meeting.place() != null ? meeting.place() : "Video";
        line(out, "LOCATION:" + escape(where));
        if (meeting.videoLink() != null) {
            line(out, "URL:" + meeting.videoLink());
        }
        StringBuilder description = new StringBuilder("Agenda:\n");
        int n = 1;
        for (String item : meeting.type().agenda()) {
            description.append(n++).append(". ").append(item).append('\n');
        }
        if (meeting.videoLink() != null) {
            description.append("Videolenke: ").append(meeting.videoLink()).append('\n');
        }
        line(out, "DESCRIPTION:" + escape(description.toString().strip()));
        if (organiser != null) {
            line(out, "ORGANIZER;CN=" + paramValue(organiser) + ":mailto:noreply@samspill.no");
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 § 3.3.11: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value is quoted; it cannot contain a double quote or control characters. */
    static String paramValue(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Content lines end with CRLF and are folded so that no line is longer than 75 octets (UTF-8). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
