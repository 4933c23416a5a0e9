package org.fieldbook.backoffice.signin;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.fieldbook.system.ControlCharacters;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Staff sign in with the users and groups of Camunda's identity service, the same ones that Cockpit,
 * Tasklist and the engine REST API know. Every such user is staff; the groups add roles.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

	static final String ADMIN_GROUP = "camunda-admin";

	static final String DISPATCHER_GROUP = "dispatchers";

	private final IdentityService identityService;

	StaffAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || username.isBlank() || ControlCharacters.find(username, false).isPresent()
				|| credentials == null || !identityService.checkPassword(username, credentials.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(StaffRoles.STAFF.authority()));
		for (Group group : identityService.createGroupQuery().groupMember(username).list()) {
			switch (group.getId()) {
				case ADMIN_GROUP -> authorities.add(new SimpleGrantedAuthority(StaffRoles.ADMIN.authority()));
				case DISPATCHER_GROUP -> authorities.add(new SimpleGrantedAuthority(StaffRoles.DISPATCHER.authority()));
				default -> {
				}
			}
		}
		return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
