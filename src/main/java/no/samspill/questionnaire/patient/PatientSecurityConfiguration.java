package no.samspill.questionnaire.patient;

import no.samspill.security.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The patient's link pages and the token-authorised submission need no log-in: the link token is the credential.
 * Their own chain, before the others: open, CSRF on for the pages (the forms carry the token), the same security
 * headers as the rest (strict CSP, no framing, no referrer leaving the site with the token), and rate limits per
 * client address and per token.
 */
@Configuration(proxyBeanMethods = false)
class PatientSecurityConfiguration {

    static final String SUBMIT_API = "/api/v1/questionnaire-responses";

    @Bean
    @Order(0)
    SecurityFilterChain patientQuestionnaire(HttpSecurity http,
            @Value("${samspill.questionnaire.rate-limit.per-address-per-minute:300}") int perAddress,
            @Value("${samspill.questionnaire.rate-limit.per-token-per-minute:120}") int perToken) throws Exception {
        http.securityMatcher("/skjema/**", SUBMIT_API)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> SUBMIT_API.equals(request.getRequestURI())
                        && HttpMethod.POST.matches(request.getMethod())))
                .addFilterBefore(new RateLimitFilter(new RateLimiter(perAddress), new RateLimiter(perToken)), CsrfFilter.class)
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
