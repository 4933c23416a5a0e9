package org.fieldbook.backoffice.settings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Whether an OpenID Connect provider is configured for the portal (spring.security.oauth2.client.registration.*,
 * as the portal's sign-in offers them): only then may password sign-in be turned off.
 */
@Component
class SignInProviders {

	private final boolean configured;

	SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		configured = registrations.getIfAvailable() instanceof Iterable<?> configuredOnes
				&& configuredOnes.iterator().hasNext();
	}

	boolean configured() {
		return configured;
	}

}
