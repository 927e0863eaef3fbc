package no.samspill.questionnaire.patient;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses with 429 when a client address or a link token asks too often; the token itself is never logged. */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter perAddress;
    private final RateLimiter perToken;

    RateLimitFilter(RateLimiter perAddress, RateLimiter perToken) {
        this.perAddress = perAddress;
        this.perToken = perToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (!perAddress.tryAcquire(request.getRemoteAddr()) || (token != null && !perToken.tryAcquire(token))) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            if (request.getRequestURI().startsWith("/api/")) {
                response.setContentType("application/problem+json");
                response.getOutputStream().write(("{\"type\":\"urn:samspill:problem:too-many-requests\",\"title\":"
                        + "\"For mange forespørsler\",\"status\":429,\"detail\":\"Vent litt og prøv igjen.\"}")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write("For mange forespørsler. Vent et minutt og prøv igjen."
                        .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader("X-Samspill-Link-Token");
        if (header != null) {
            return header;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/skjema/")) {
            String rest = path.substring("/skjema/".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        return null;
    }
}
