package no.samspill.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds a W3C {@code Server-Timing} header to every response — {@code total} (the whole request in the server) and
 * {@code access} (the access decisions and audit writes) and, of that, {@code audit-wait} (the response's wait for its
 * audit entries to be committed) — so a load test can report what the choke point adds.
 * Off unless {@code samspill.server-timing.enabled=true} (the benchmark switches it on).
 */
final class ServerTimingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccessTiming.takeAndReset();
        long started = System.nanoTime();
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapped);
        } finally {
            long total = System.nanoTime() - started;
            long[] access = AccessTiming.takeAndReset();
            wrapped.setHeader("Server-Timing", String.format(Locale.ROOT,
                    "total;dur=%.3f, access;dur=%.3f;desc=\"%d\", audit-wait;dur=%.3f", total / 1e6, access[0] / 1e6,
                    access[1], access[2] / 1e6));
            wrapped.copyBodyToResponse();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "samspill.server-timing.enabled", havingValue = "true")
    static class Registration {

        @Bean
        FilterRegistrationBean<ServerTimingFilter> serverTimingFilter() {
            FilterRegistrationBean<ServerTimingFilter> bean = new FilterRegistrationBean<>(new ServerTimingFilter());
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return bean;
        }
    }
}
