package org.fieldbook.system;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor who must sign in to the sign-in page with a relative {@code Location}: by default Spring Security
 * writes an absolute one from the Host (or X-Forwarded-Host) that the request claimed. For a sign-in configurer's
 * {@code withObjectPostProcessor}.
 */
public final class RelativeSignInRedirect implements ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> {

	@Override
	public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

}
