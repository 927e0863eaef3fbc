package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Server-Timing header the benchmark reads: the access time, and of that the wait for the audit commit. */
class ServerTimingFilterTest {

    private static final Pattern HEADER = Pattern.compile(
            "total;dur=([0-9.]+), access;dur=([0-9.]+);desc=\"(\\d+)\", audit-wait;dur=([0-9.]+)");

    @Test
    void reportsDecisionsAndTheAuditWaitWithinTheAccessTime() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/api/v1/pathways/x"), response,
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req,
                                           jakarta.servlet.http.HttpServletResponse res) throws java.io.IOException {
                        long decision = AccessTiming.start();
                        spin(2_000_000);
                        AccessTiming.stop(decision);
                        long waited = AccessTiming.start();
                        spin(3_000_000);
                        AccessTiming.stopWait(waited);
                        res.getWriter().write("body");
                    }
                }));

        Matcher m = HEADER.matcher(response.getHeader("Server-Timing"));
        assertThat(m.matches()).as(response.getHeader("Server-Timing")).isTrue();
        double total = Double.parseDouble(m.group(1));
        double access = Double.parseDouble(m.group(2));
        double wait = Double.parseDouble(m.group(4));
        assertThat(m.group(3)).as("decisions counted; the wait is not a decision").isEqualTo("1");
        assertThat(wait).isGreaterThanOrEqualTo(3.0);
        assertThat(access).as("the wait is part of the access time").isGreaterThanOrEqualTo(wait + 2.0);
        assertThat(total).isGreaterThanOrEqualTo(access);
        assertThat(response.getContentAsString()).isEqualTo("body");
    }

    @Test
    void eachRequestStartsFromZero() throws Exception {
        long leftOver = AccessTiming.start();
        spin(1_000_000);
        AccessTiming.stopWait(leftOver);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        Matcher m = HEADER.matcher(response.getHeader("Server-Timing"));
        assertThat(m.matches()).isTrue();
        assertThat(Double.parseDouble(m.group(2))).isZero();
        assertThat(Double.parseDouble(m.group(4))).isZero();
    }

    /** Busy for at least this many nanoseconds (no sleeping: the clock must move). */
    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
