package no.samspill.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads an OIDC user the standard way (ID token already validated by Spring Security, user info if the provider has
 * that endpoint), then maps its claims with the provider's {@link ClaimMapping}, chosen by the client registration id.
 */
final class SamspillOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final ClaimMappings mappings;

    SamspillOidcUserService(ClaimMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        String provider = request.getClientRegistration().getRegistrationId();
        ClaimMapping mapping = mappings.forProvider(provider);
        OidcUser loaded = standard.loadUser(request);
        CurrentUser user = mapping.map(loaded.getClaims());
        return new SamspillOidcUser(user, provider, loaded.getIdToken(), loaded.getUserInfo());
    }
}
