package org.fieldbook.system;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked, because its address or account has had too many failures of late. */
public class SignInThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	public SignInThrottledException() {
		super("Too many failed sign-ins; try again later");
	}

}
