package no.samspill.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

/**
 * A validated JWT from one trusted issuer → the authentication of the API call: the provider's {@link ClaimMapping}
 * (the same as for the OIDC log-in) gives the user; {@code scope}/{@code scp} give the scopes.
 */
final class BearerTokenConverter implements Converter<Jwt, BearerTokenAuthentication> {

    private final ClaimMapping mapping;

    BearerTokenConverter(ClaimMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public BearerTokenAuthentication convert(Jwt jwt) {
        CurrentUser user = mapping.map(jwt.getClaims());
        Set<String> scopes = scopes(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(user.role().authority()));
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        BearerPrincipal principal = new BearerPrincipal(user, jwt.getIssuer() == null ? null : jwt.getIssuer().toString(),
                scopes, jwt.getClaims(), authorities);
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt.getTokenValue(),
                jwt.getIssuedAt(), jwt.getExpiresAt(), scopes);
        return new BearerTokenAuthentication(principal, token, authorities);
    }

    static Set<String> scopes(Jwt jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String claim : List.of("scope", "scp")) {
            Object value = jwt.getClaims().get(claim);
            if (value instanceof String text) {
                for (String s : text.trim().split("\\s+")) {
                    if (!s.isEmpty()) {
                        scopes.add(s);
                    }
                }
            } else if (value instanceof Collection<?> values) {
                values.forEach(v -> scopes.add(String.valueOf(v)));
            }
        }
        return scopes;
    }
}
