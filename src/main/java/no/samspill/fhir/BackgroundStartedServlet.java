package no.samspill.fhir;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Builds and initialises a servlet on a background thread when the container starts it, so that the application is
 * serving its other pages while the servlet is still being made: HAPI's FHIR context and RestfulServer take about a
 * second and a half of the start on two cores. A request that arrives before the servlet is ready waits for it; if it
 * could not be made, every request fails with the cause (the container answers 500, and the log has it).
 */
final class BackgroundStartedServlet extends HttpServlet {

    private final transient Supplier<HttpServlet> factory;
    private transient volatile CompletableFuture<HttpServlet> servlet;

    BackgroundStartedServlet(Supplier<HttpServlet> factory) {
        this.factory = factory;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servlet = CompletableFuture.supplyAsync(() -> {
            HttpServlet made = factory.get();
            try {
                made.init(config);
            } catch (ServletException e) {
                throw new CompletionException(e);
            }
            return made;
        }, runnable -> {
            Thread thread = new Thread(runnable, "servlet-start-" + config.getServletName());
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ready().service(request, response);
    }

    /** The servlet, once made (waits for it). */
    HttpServlet ready() throws ServletException {
        try {
            return servlet.join();
        } catch (CompletionException e) {
            throw new ServletException("the servlet could not be started", e.getCause());
        }
    }

    @Override
    public void destroy() {
        CompletableFuture<HttpServlet> made = servlet;
        if (made != null) {
            made.thenAccept(HttpServlet::destroy);
        }
        super.destroy();
    }
}
