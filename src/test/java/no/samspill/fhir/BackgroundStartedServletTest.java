package no.samspill.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;

class BackgroundStartedServletTest {

    @Test
    void initReturnsAtOnceAndARequestWaitsUntilTheServletIsMadeAndInitialised() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> initialisedWith = new AtomicReference<>();
        BackgroundStartedServlet servlet = new BackgroundStartedServlet(() -> {
            await(release);
            return new HttpServlet() {
                @Override
                public void init() {
                    initialisedWith.set(getServletConfig().getServletName());
                }

                @Override
                protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    resp.setStatus(299);
                    resp.getWriter().write("made on " + Thread.currentThread().getName());
                }
            };
        });
        servlet.init(new MockServletConfig("fhir"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        Thread caller = new Thread(() -> {
            try {
                servlet.service(new MockHttpServletRequest("GET", "/fhir/metadata"), response);
            } catch (ServletException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
        caller.start();
        caller.join(200);
        assertThat(caller.isAlive()).as("the request waits for the servlet").isTrue();
        assertThat(response.getStatus()).isEqualTo(200);

        release.countDown();
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(response.getStatus()).isEqualTo(299);
        assertThat(initialisedWith.get()).isEqualTo("fhir");
    }

    @Test
    void aServletThatCannotBeMadeFailsEveryRequestWithTheCause() throws Exception {
        BackgroundStartedServlet servlet = new BackgroundStartedServlet(() -> {
            throw new IllegalStateException("no FHIR context");
        });
        servlet.init(new MockServletConfig("fhir"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> servlet.service(new MockHttpServletRequest("GET", "/fhir/Patient"),
                    new MockHttpServletResponse()))
                    .isInstanceOf(ServletException.class)
                    .hasRootCauseMessage("no FHIR context");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
