package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldbook.system.UnsafeAdminPasswordGuard.UnsafeAdminPasswordException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class UnsafeAdminPasswordGuardTest {

	private final UnsafeAdminPasswordGuard guard = new UnsafeAdminPasswordGuard();

	@Test
	void externalDatabaseWithTheDefaultPasswordRefusesToStart() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/fieldbook")
			.withProperty("fieldbook.admin.password", "admin");

		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(UnsafeAdminPasswordException.class);
	}

	@Test
	void externalDatabaseWithAChangedPasswordStarts() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/fieldbook")
			.withProperty("fieldbook.admin.password", "a-long-and-secret-one");

		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void embeddedDemoDatabaseKeepsTheDefaultPassword() {
		MockEnvironment environment = new MockEnvironment().withProperty("fieldbook.admin.password", "admin");

		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void failureAnalysisSaysWhyAndWhatToSet() {
		FailureAnalysis analysis = new UnsafeAdminPasswordFailureAnalyzer().analyze(new UnsafeAdminPasswordException());

		assertThat(analysis.getDescription()).contains("default 'admin'", "external database", "refuses to start");
		assertThat(analysis.getAction()).contains("FIELDBOOK_ADMIN_PASSWORD");
	}

}
