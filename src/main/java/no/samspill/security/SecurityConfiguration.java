package no.samspill.security;

import java.util.List;
import no.samspill.platform.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains. FHIR (/fhir/**) is stateless, see {@link #fhir}. The JSON API (/api/**) answers 401 instead of redirecting, and in demo mode also accepts HTTP Basic.
 * Everything else is the UI with form log-in. Nothing but the log-in page, static assets and health is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] CLINIC_TEAM = {Role.COORDINATOR.name(), Role.CLINICIAN.name()};

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(DemoMode demoMode, PasswordEncoder encoder) {
        List<SamspillPrincipal> accounts = demoMode.enabled()
                ? DemoAccounts.USERS.stream()
                        .map(u -> new SamspillPrincipal(u, encoder.encode(DemoAccounts.PASSWORD)))
                        .toList()
                : List.of();
        return username -> accounts.stream()
                .filter(a -> a.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /**
     * FHIR (/fhir/**): stateless, credentials on every request (so no CSRF token), HTTP Basic for the demo users while
     * demo mode is on. The CapabilityStatement is public. Unauthenticated requests get 401 with an OperationOutcome.
     */
    @Bean
    @Order(0)
    SecurityFilterChain fhir(HttpSecurity http, DemoMode demoMode, LoginAttempts attempts) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            if (demoMode.enabled()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Samspill demo\"");
            }
            FhirOutcomes.write(response, HttpStatus.UNAUTHORIZED, "login", "Logg inn for å bruke FHIR-API-et");
        };
        http.securityMatcher("/fhir/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, ex) -> FhirOutcomes.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "Du har ikke tilgang til dette")))
                .headers(this::headers);
        if (demoMode.enabled()) {
            http.httpBasic(basic -> basic.realmName("Samspill demo").authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, DemoMode demoMode, LoginAttempts attempts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/referrals/**", "/api/v1/worklist/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers("/api/v1/programme/**").hasAnyRole(Role.PROGRAMME_OWNER.name(),
                                Role.WORKPLACE_CONTACT.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/pathways/**").authenticated()
                        .requestMatchers("/api/v1/pathways/**").hasAnyRole(CLINIC_TEAM)
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                // Only a browser session can be ridden by another site: requests with their own credentials, or with no
                // session at all, need no CSRF token. Cookie-session requests do.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null || request.getRequestedSessionId() == null))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response,
                                HttpStatus.UNAUTHORIZED, "Ikke innlogget", "Logg inn for å bruke API-et"))
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response,
                                HttpStatus.FORBIDDEN, "Ingen tilgang", "Du har ikke tilgang til dette")))
                .headers(this::headers);
        if (demoMode.enabled()) {
            http.httpBasic(basic -> basic.realmName("Samspill demo"));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, LoginAttempts attempts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/vendor/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/arbeidsliste/**", "/henvisninger/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers(HttpMethod.POST, "/forlop/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers("/mitt/**").hasRole(Role.PATIENT.name())
                        .requestMatchers("/personer/**").hasAnyRole(Role.GP.name(), Role.NAV_COUNSELLOR.name(),
                                Role.NEAREST_LEADER.name())
                        .requestMatchers("/tilgangslogg/**").hasRole(Role.SECURITY_OFFICER.name())
                        .requestMatchers("/analyse/**").hasRole(Role.ANALYST.name())
                        .requestMatchers("/program/**").hasAnyRole(Role.PROGRAMME_OWNER.name(),
                                Role.WORKPLACE_CONTACT.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(this::headers);
        return http.build();
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
