package no.samspill.web;

import no.samspill.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The anonymous workplace survey (/undersokelse/**) is open without log-in, and only that path. Forms keep their
 * CSRF token; the same strict CSP as the rest of the UI; no referrer leaves the page (the token is in the URL).
 */
@Configuration(proxyBeanMethods = false)
class AnonymousSurveySecurity {

    @Bean
    @Order(0)
    SecurityFilterChain anonymousSurvey(HttpSecurity http) throws Exception {
        http.securityMatcher("/undersokelse/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
