package no.samspill.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds every response until the access-log entries of its reads are durable: the page is rendered into a buffer while
 * the audit writer commits, and only then sent. If the log cannot be written, the data is not sent (503).
 */
final class AuditFlushFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFlushFilter.class);
    private static final long WAIT_SECONDS = 10;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/vendor/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/actuator/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestScope scope = RequestScope.begin();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            RequestScope.end();
            long waitStarted = AccessTiming.start();
            boolean logged = awaitAudit(scope);
            AccessTiming.stopWait(waitStarted);
            if (logged) {
                buffered.copyBodyToResponse();
            } else if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Tilgangsloggen er utilgjengelig\","
                        + "\"status\":503,\"detail\":\"Opplysningene kan ikke vises før tilgangen er logget. Prøv igjen.\"}");
            }
        }
    }

    private static boolean awaitAudit(RequestScope scope) {
        if (scope.pendingAudit.isEmpty()) {
            return true;
        }
        try {
            CompletableFuture.allOf(scope.pendingAudit.toArray(CompletableFuture[]::new))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            log.error("Access log not confirmed; the response is withheld", e);
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<AuditFlushFilter> auditFlushFilter() {
            FilterRegistrationBean<AuditFlushFilter> bean = new FilterRegistrationBean<>(new AuditFlushFilter());
            // Outside Spring Security's chain, so that every response, including errors, waits for its log entries.
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return bean;
        }
    }
}
