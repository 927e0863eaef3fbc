package no.samspill.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user logged in through OIDC: the provider's tokens and claims, plus the Samspill user they map to. */
final class SamspillOidcUser extends DefaultOidcUser implements HasCurrentUser {

    private final CurrentUser user;
    private final String provider;

    SamspillOidcUser(CurrentUser user, String provider, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), idToken, userInfo);
        this.user = user;
        this.provider = provider;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    /** The client registration the user logged in through. */
    String provider() {
        return provider;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
