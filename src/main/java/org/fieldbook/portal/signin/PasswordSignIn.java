package org.fieldbook.portal.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;

/** Customers' email-and-password sign-in, refused outright while the portal signs in only through its provider. */
class PasswordSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInMethods methods;

	PasswordSignIn(AuthenticationProvider passwords, SignInMethods methods) {
		this.passwords = passwords;
		this.methods = methods;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!methods.passwords()) {
			throw new DisabledException("Customers sign in through the OpenID Connect provider only");
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
