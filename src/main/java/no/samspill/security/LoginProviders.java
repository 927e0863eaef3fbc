package no.samspill.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OIDC log-ins configured (none in plain demo mode), for the buttons on the log-in page. */
@Component
public class LoginProviders {

    /** One button: the link that starts the log-in and its label. */
    public record Provider(String registrationId, String label, String href) {
    }

    private static final List<String> ORDER = List.of(IdPortenMapping.PROVIDER, HelseIdMapping.PROVIDER, EntraIdMapping.PROVIDER);

    private final List<Provider> providers;

    LoginProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            for (String id : ORDER) {
                ClientRegistration registration = repository.findByRegistrationId(id);
                if (registration != null) {
                    found.add(new Provider(id, label(id), "/oauth2/authorization/" + id));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    private static String label(String id) {
        return switch (id) {
            case IdPortenMapping.PROVIDER -> "Logg inn med ID-porten (pasient)";
            case HelseIdMapping.PROVIDER -> "Logg inn med HelseID (helsepersonell)";
            case EntraIdMapping.PROVIDER -> "Logg inn med NAV-konto (Entra ID)";
            default -> id;
        };
    }
}
