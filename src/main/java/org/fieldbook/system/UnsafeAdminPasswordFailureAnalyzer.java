package org.fieldbook.system;

import org.fieldbook.system.UnsafeAdminPasswordGuard.UnsafeAdminPasswordException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class UnsafeAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage() + ". Fieldbook refuses to start: anyone could sign in to "
				+ "the back office, Cockpit and the engine REST API.",
				"Set FIELDBOOK_ADMIN_PASSWORD (property fieldbook.admin.password) to a strong secret, "
						+ "or remove SPRING_DATASOURCE_URL to run on the embedded demo database.",
				cause);
	}

}
