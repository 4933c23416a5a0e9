package org.fieldbook.system;

import java.util.Map;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

/**
 * Names the signed-in staff member or customer of a stored session ({@code spring_session.principal_name}), from
 * the sign-in of either world; Spring Session would look only under Spring Security's default key, which we do not use.
 */
class SessionPrincipals implements IndexResolver<Session> {

	@Override
	public Map<String, String> resolveIndexesFor(Session session) {
		for (SecurityWorlds world : SecurityWorlds.values()) {
			if (session.getAttribute(world.sessionKey()) instanceof SecurityContext context && context.getAuthentication() != null) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, context.getAuthentication().getName());
			}
		}
		return Map.of();
	}

}
