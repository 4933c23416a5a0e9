package org.fieldbook.invitation;

/** The names of {@code processes/password-reset.bpmn} that Java uses; the catalogue in {@code processes/README.md} says who writes each. */
public final class PasswordResetVariables {

	public static final String PROCESS_KEY = "passwordReset";

	/** In, at the start: the address as the customer typed it (stripped); known or not. Never the token. */
	public static final String ADDRESS = "resetAddress";

	private PasswordResetVariables() {
	}

}
