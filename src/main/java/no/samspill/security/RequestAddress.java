package no.samspill.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the current request (the remote address; a proxy in front must be configured to pass it). */
final class RequestAddress {

    private RequestAddress() {
    }

    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return "unknown";
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
