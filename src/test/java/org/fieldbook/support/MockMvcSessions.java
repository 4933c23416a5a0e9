package org.fieldbook.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;

import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MvcResult;

/**
 * MockMvc requests keep their {@code MockHttpSession} (tests pass it with {@code .session(...)}) instead of the
 * sessions in PostgreSQL, which only a cookie reaches: Spring Session's filter takes them as already filtered. Real
 * HTTP (the server on the random port) goes through the stored sessions. What a MockMvc request leaves in its
 * session must still be serializable, as the store needs it to be: a test fails on an attribute that is not.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessions {

	/** Spring Session's mark of a request it has already wrapped (its OncePerRequestFilter). */
	static final String SESSION_FILTERED = SessionRepositoryFilter.class.getName() + ".FILTERED";

	@Bean
	MockMvcBuilderCustomizer mockSessions() {
		return builder -> builder.defaultRequest(get("/").requestAttr(SESSION_FILTERED, Boolean.TRUE))
			.alwaysDo(MockMvcSessions::serializable);
	}

	static void serializable(MvcResult result) throws IOException {
		HttpSession session = result.getRequest().getSession(false);
		if (session == null) {
			return;
		}
		for (String name : Collections.list(session.getAttributeNames())) {
			try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
				out.writeObject(session.getAttribute(name));
			}
			catch (NotSerializableException ex) {
				throw new AssertionError("The session attribute " + name + " cannot be stored: " + ex.getMessage(), ex);
			}
		}
	}

}
