package org.fieldbook.portal.signin;

import java.util.ArrayList;
import java.util.List;

import org.fieldbook.settings.PortalSettingsService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * How customers sign in: through each configured OpenID Connect provider, and with a password unless the portal
 * settings turn passwords off ({@code password_sign_in}) — which counts only while a provider is configured.
 */
@Component
public class SignInMethods {

	/** A configured OpenID Connect provider, offered on the sign-in and invitation pages. */
	public record Provider(String id, String name) {
	}

	private final List<Provider> providers = new ArrayList<>();

	private final PortalSettingsService settings;

	SignInMethods(ObjectProvider<ClientRegistrationRepository> registrations, PortalSettingsService settings) {
		this.settings = settings;
		if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
			for (Object registration : configured) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
			}
		}
	}

	public List<Provider> providers() {
		return providers;
	}

	public boolean passwords() {
		return providers.isEmpty() || settings.portalRules().passwordSignIn();
	}

}
