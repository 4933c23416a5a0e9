package org.fieldbook.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start against an external (production) database while the staff admin still has the
 * default password that the README prints for the embedded demo. Runs before any bean, so nothing
 * touches that database.
 */
class UnsafeAdminPasswordGuard implements EnvironmentPostProcessor {

	static final String DEFAULT_PASSWORD = "admin";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean external = NoExternalDatabaseCondition.ExternalDatabase.isConfigured(environment);
		String password = environment.getProperty("fieldbook.admin.password", DEFAULT_PASSWORD);
		if (external && DEFAULT_PASSWORD.equals(password)) {
			throw new UnsafeAdminPasswordException();
		}
	}

	static class UnsafeAdminPasswordException extends IllegalStateException {

		UnsafeAdminPasswordException() {
			super("The staff admin password is the default '" + DEFAULT_PASSWORD + "' while an external database is configured");
		}

	}

}
