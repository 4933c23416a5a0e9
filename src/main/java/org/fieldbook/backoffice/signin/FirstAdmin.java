package org.fieldbook.backoffice.signin;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first staff user ({@code fieldbook.admin.*}), an admin: created with the group {@code camunda-admin} and its
 * authorizations on every resource once, by whichever node gets there first ({@link StartupLock}), before the node
 * serves requests. A user of that name is left as it is, whatever its password or groups are by now.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	enum Outcome {
		CREATED, EXISTED
	}

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final IdentityService identities;

	private final AuthorizationService authorizations;

	private final StartupLock lock;

	private final String username;

	private final String password;

	FirstAdmin(IdentityService identities, AuthorizationService authorizations, StartupLock lock,
			@Value("${fieldbook.admin.username}") String username, @Value("${fieldbook.admin.password}") String password) {
		this.identities = identities;
		this.authorizations = authorizations;
		this.lock = lock;
		this.username = username;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensure(username, password);
	}

	Outcome ensure(String username, String password) {
		Outcome outcome = lock.exclusively(() -> {
			if (identities.createUserQuery().userId(username).count() > 0) {
				return Outcome.EXISTED;
			}
			create(username, password);
			return Outcome.CREATED;
		});
		if (outcome == Outcome.CREATED) {
			log.info("created the first admin '{}'", username);
		}
		else {
			log.info("the admin '{}' exists already (created by another node or an earlier start)", username);
		}
		return outcome;
	}

	private void create(String username, String password) {
		User user = identities.newUser(username);
		user.setPassword(password);
		user.setFirstName("Fieldbook");
		user.setLastName("Administrator");
		identities.saveUser(user);
		if (identities.createGroupQuery().groupId(StaffAuthenticationProvider.ADMIN_GROUP).count() == 0) {
			Group admins = identities.newGroup(StaffAuthenticationProvider.ADMIN_GROUP);
			admins.setName("camunda BPM Administrators");
			admins.setType(Groups.GROUP_TYPE_SYSTEM);
			identities.saveGroup(admins);
		}
		for (Resources resource : Resources.values()) {
			if (authorizations.createAuthorizationQuery()
				.groupIdIn(StaffAuthenticationProvider.ADMIN_GROUP)
				.resourceType(resource)
				.resourceId(Authorization.ANY)
				.count() == 0) {
				Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				all.setGroupId(StaffAuthenticationProvider.ADMIN_GROUP);
				all.setResource(resource);
				all.setResourceId(Authorization.ANY);
				all.addPermission(Permissions.ALL);
				authorizations.saveAuthorization(all);
			}
		}
		identities.createMembership(username, StaffAuthenticationProvider.ADMIN_GROUP);
	}

}
