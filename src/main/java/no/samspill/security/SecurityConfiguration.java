package no.samspill.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.samspill.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains. FHIR (/fhir/**) is stateless with the same credentials as the JSON API, see {@link #fhir}.
 * The JSON API (/api/**) answers 401 instead of redirecting, accepts bearer JWTs from the issuers in
 * {@code samspill.oidc.api} (if any), and in demo mode also HTTP Basic. Everything else is the UI with form log-in (demo
 * accounts) and, when client registrations are configured, OIDC log-in (ID-porten, HelseID, Entra ID). Nothing but the
 * log-in page, static assets and health is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] CLINIC_TEAM = {Role.COORDINATOR.name(), Role.CLINICIAN.name()};
    /** The parties outside the clinic who get tasks in meeting minutes: "Mine oppgaver" instead of the worklist. */
    private static final String[] OWN_TASK_PARTIES = {Role.NEAREST_LEADER.name(), Role.PATIENT.name(),
            Role.NAV_COUNSELLOR.name(), Role.GP.name()};

    /**
     * No Spring Security observations: they wrap every filter of the chain in an observation on every request (about
     * 3 % of the server's CPU under load), and nothing here records or traces them. Request metrics
     * ({@code http.server.requests}) are kept.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswords(new BCryptPasswordEncoder());
    }

    @Bean
    UserDetailsService userDetailsService(DemoMode demoMode, PasswordEncoder encoder) {
        if (!demoMode.enabled()) {
            return username -> {
                throw new UsernameNotFoundException("Unknown user");
            };
        }
        // Each demo account's BCrypt hash is made the first time the account is looked up, not at start-up: twelve
        // hashes cost about 0.6 s of the start on two cores, and most runs log in as one or two of the accounts.
        Map<String, CurrentUser> users = DemoAccounts.USERS.stream()
                .collect(Collectors.toUnmodifiableMap(CurrentUser::username, u -> u));
        Map<String, SamspillPrincipal> hashed = new ConcurrentHashMap<>();
        return username -> {
            CurrentUser user = username == null ? null : users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("Unknown user");
            }
            return hashed.computeIfAbsent(username, u -> new SamspillPrincipal(user, encoder.encode(DemoAccounts.PASSWORD)));
        };
    }

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * FHIR (/fhir/**): stateless, credentials on every request (so no CSRF token): bearer JWTs from the issuers in
     * {@code samspill.oidc.api} (as the JSON API), and HTTP Basic for the demo users while demo mode is on. The
     * CapabilityStatement is public. Unauthenticated requests get 401 with an OperationOutcome.
     */
    @Bean
    @Order(0)
    SecurityFilterChain fhir(HttpSecurity http, DemoMode demoMode, LoginAttempts attempts, OidcProperties oidc,
                             ClaimMappings mappings) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            if (demoMode.enabled()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Samspill demo\"");
            }
            FhirOutcomes.write(response, HttpStatus.UNAUTHORIZED, "login", "Logg inn for å bruke FHIR-API-et");
        };
        http.securityMatcher("/fhir/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        // Referral intake, as on /api/v1/referrals and /henvisninger: the clinic team only.
                        .requestMatchers(HttpMethod.POST, "/fhir/ServiceRequest", "/fhir/ServiceRequest/")
                        .hasAnyRole(CLINIC_TEAM)
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
        if (!oidc.api().isEmpty()) {
            BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            http.oauth2ResourceServer(rs -> rs
                    .authenticationManagerResolver(BearerTokens.resolver(oidc, mappings))
                    .authenticationEntryPoint((request, response, ex) -> {
                        bearer.commence(request, response, ex);
                        FhirOutcomes.write(response, HttpStatus.UNAUTHORIZED, "login", "Ugyldig eller utløpt token");
                    }));
        }
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, DemoMode demoMode, LoginAttempts attempts, OidcProperties oidc,
                            ClaimMappings mappings) throws Exception {
        AuthenticationEntryPoint problem = (request, response, ex) -> ProblemResponses.write(response,
                HttpStatus.UNAUTHORIZED, "Ikke innlogget", "Logg inn for å bruke API-et");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/referrals/**", "/api/v1/worklist/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers("/api/v1/my-tasks/**").hasAnyRole(OWN_TASK_PARTIES)
                        .requestMatchers("/api/v1/programme/**").hasAnyRole(Role.PROGRAMME_OWNER.name(),
                                Role.WORKPLACE_CONTACT.name())
                        .requestMatchers("/api/v1/indicators/**").hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/trials/*/enrolments").hasAnyRole(CLINIC_TEAM)
                        // Withdrawal: the pathway's clinic team (the use case narrows it to the pathway's clinic).
                        .requestMatchers(HttpMethod.POST, "/api/v1/trials/*/enrolments/*/withdrawal").hasAnyRole(
                                CLINIC_TEAM)
                        // Trial definitions and counts per arm hold no person data; the clinic team needs them to enrol.
                        .requestMatchers(HttpMethod.GET, "/api/v1/trials/**").hasAnyRole(Role.ANALYST.name(),
                                Role.COORDINATOR.name(), Role.CLINICIAN.name())
                        .requestMatchers("/api/v1/trials/**", "/api/v1/research/**").hasRole(Role.ANALYST.name())
                        // The clinic's pathway list is the clinic team's; one pathway is for every related party.
                        .requestMatchers(HttpMethod.GET, "/api/v1/pathways", "/api/v1/pathways/").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers(HttpMethod.GET, "/api/v1/pathways/**").authenticated()
                        .requestMatchers("/api/v1/pathways/**").hasAnyRole(CLINIC_TEAM)
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                // Only a browser session can be ridden by another site: requests with their own credentials, or with no
                // session at all, need no CSRF token. Cookie-session requests do.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null || request.getRequestedSessionId() == null))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problem)
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response,
                                HttpStatus.FORBIDDEN, "Ingen tilgang", "Du har ikke tilgang til dette")))
                .headers(this::headers);
        if (demoMode.enabled()) {
            http.httpBasic(basic -> basic.realmName("Samspill demo"));
        }
        if (!oidc.api().isEmpty()) {
            BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            http.oauth2ResourceServer(rs -> rs
                    .authenticationManagerResolver(BearerTokens.resolver(oidc, mappings))
                    // WWW-Authenticate: Bearer (with the error, if a token was sent), then the problem body.
                    .authenticationEntryPoint((request, response, ex) -> {
                        bearer.commence(request, response, ex);
                        problem.commence(request, response, ex);
                    }));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, LoginAttempts attempts,
                           ObjectProvider<ClientRegistrationRepository> registrations, ClaimMappings mappings,
                           OidcProperties oidc) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/vendor/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/arbeidsliste/**", "/henvisninger/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers("/mine-oppgaver/**").hasAnyRole(OWN_TASK_PARTIES)
                        .requestMatchers(HttpMethod.POST, "/forlop/**").hasAnyRole(CLINIC_TEAM)
                        .requestMatchers(HttpMethod.GET, "/forlop", "/forlop/").hasAnyRole(CLINIC_TEAM)
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
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                            authorizationRequests(repository, oidc)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SamspillOidcUserService(mappings)))
                    .defaultSuccessUrl("/", false)
                    .failureHandler(oidcFailure()));
        }
        return http.build();
    }

    /** PKCE for every client (ID-porten and HelseID require it), and ID-porten's level of assurance asked for. */
    private static DefaultOAuth2AuthorizationRequestResolver authorizationRequests(ClientRegistrationRepository repository,
                                                                                   OidcProperties oidc) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(repository,
                "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(builder -> {
            OAuth2AuthorizationRequestCustomizers.withPkce().accept(builder);
            builder.attributes(attributes -> {
                if (IdPortenMapping.PROVIDER.equals(attributes.get(OAuth2ParameterNames.REGISTRATION_ID))) {
                    builder.additionalParameters(p -> p.put("acr_values", oidc.idporten().acrValues()));
                }
            });
        });
        return resolver;
    }

    /** A refused OIDC log-in goes back to the log-in page with the reason ({@link LoginRejection}) the page explains. */
    private static AuthenticationFailureHandler oidcFailure() {
        return (request, response, ex) -> {
            String key = "";
            if (ex instanceof OAuth2AuthenticationException oauth) {
                String code = oauth.getError().getErrorCode();
                key = LoginRejection.ofCode(code).map(LoginRejection::key).orElse("");
                log.info("OIDC log-in refused: {} {}", code, oauth.getError().getDescription());
            } else {
                log.info("OIDC log-in refused: {}", ex.getMessage());
            }
            response.sendRedirect(request.getContextPath() + "/login?avvist=" + key);
        };
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
