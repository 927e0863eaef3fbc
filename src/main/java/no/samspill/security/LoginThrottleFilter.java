package no.samspill.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a log-in attempt (form POST to /login, or HTTP Basic credentials) for a user name or address that has
 * failed too often lately: the form gets /login?sperret, the API a 429 problem.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null && attempts.blocked(username, RequestAddress.of(request))) {
            if (request.getRequestURI().startsWith("/api/")) {
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "For mange forsøk",
                        "For mange mislykkede innlogginger. Vent et kvarter og prøv igjen.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?sperret");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return request.getParameter("username");
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return null;
    }
}
