package org.fieldbook.system;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie as Spring Session reads and writes it, except that a value which is no session id (ours are
 * UUIDs) is ignored before it reaches the database: a forged cookie gets a new session, not an error.
 */
class SessionCookie extends DefaultCookieSerializer {

	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return super.readCookieValues(request).stream().filter(id -> SESSION_ID.matcher(id).matches()).toList();
	}

}
