package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A failed form sign-in goes back to its page, unless the user could not even be looked up. */
class ThrottledSignInTest {

	private final AuthenticationFailureHandler failurePage = ThrottledSignIn.failurePage("/login");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aWrongPasswordGoesBackToTheSignInPage() throws Exception {
		failurePage.onAuthenticationFailure(new MockHttpServletRequest(), response, new BadCredentialsException("Bad credentials"));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void aLookupWithoutDatabaseIsNoWrongPasswordAndIsThrownOnToBeAnswered503() {
		InternalAuthenticationServiceException noDatabase = new InternalAuthenticationServiceException("lookup failed",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms.")));

		assertThatThrownBy(() -> failurePage.onAuthenticationFailure(new MockHttpServletRequest(), response, noDatabase))
			.isSameAs(noDatabase);
		assertThat(response.getRedirectedUrl()).isNull();
	}

}
