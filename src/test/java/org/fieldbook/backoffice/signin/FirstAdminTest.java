package org.fieldbook.backoffice.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Resources;
import org.fieldbook.backoffice.signin.FirstAdmin.Outcome;
import org.fieldbook.support.AtOnce;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Two nodes starting at the same moment on a database without the admin: one creates it, the other finds it. */
@FieldbookIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	private static final String ADMIN = "admin";

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	IdentityService identities;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void twoStartsAtOnceCreateTheAdminAndItsAuthorizationsOnce(CapturedOutput log) throws Exception {
		forgetTheAdmin();
		int logged = log.getOut().length();
		List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
		Callable<?> start = () -> outcomes.add(firstAdmin.ensure(ADMIN, "admin"));

		List<Throwable> failures = AtOnce.failures(List.of(start, start));

		assertThat(failures).containsOnlyNulls();
		assertThat(outcomes).containsExactlyInAnyOrder(Outcome.CREATED, Outcome.EXISTED);
		assertThat(identities.checkPassword(ADMIN, "admin")).isTrue();
		assertThat(identities.createGroupQuery().groupMember(ADMIN).groupId(StaffAuthenticationProvider.ADMIN_GROUP).count())
			.isOne();
		for (Resources resource : Resources.values()) {
			assertThat(adminGroupAuthorizations().resourceType(resource).resourceId(Authorization.ANY).count())
				.as(resource.name())
				.isOne();
		}
		assertThat(log.getOut().substring(logged)).containsOnlyOnce("created the first admin 'admin'")
			.containsOnlyOnce("the admin 'admin' exists already (created by another node or an earlier start)");
	}

	@Test
	void anAdminOfThatNameIsLeftAsItIs() {
		assertThat(firstAdmin.ensure(ADMIN, "another password")).isEqualTo(Outcome.EXISTED);

		assertThat(identities.checkPassword(ADMIN, "admin")).isTrue();
	}

	private void forgetTheAdmin() {
		identities.deleteUser(ADMIN);
		adminGroupAuthorizations().list().forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
		identities.deleteGroup(StaffAuthenticationProvider.ADMIN_GROUP);
		assertThat(adminGroupAuthorizations().count()).isZero();
	}

	private AuthorizationQuery adminGroupAuthorizations() {
		return authorizations.createAuthorizationQuery().groupIdIn(StaffAuthenticationProvider.ADMIN_GROUP);
	}

}
