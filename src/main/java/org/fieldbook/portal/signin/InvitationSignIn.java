package org.fieldbook.portal.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fieldbook.invitation.Invitations;
import org.fieldbook.portal.CustomerDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a sign-in through the OpenID Connect provider: a customer who came from their own invitation link
 * (passwords off) has now opened the account, so that invitation is redeemed and the welcome profile page follows;
 * anyone else goes to the start page. The code kept from the invitation page is dropped either way, and on failure.
 */
class InvitationSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String PENDING_INVITATION = "fieldbook.pendingInvitation";

	private final Invitations invitations;

	private final CustomerDirectory customers;

	InvitationSignIn(Invitations invitations, CustomerDirectory customers) {
		this.invitations = invitations;
		this.customers = customers;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String code = takePendingCode(request);
		boolean redeemed = code != null && customers.customer(authentication.getName())
			.flatMap(customer -> invitations.redeem(code, customer.contactId()))
			.isPresent();
		response.sendRedirect(request.getContextPath() + (redeemed ? "/profile?welcome" : "/"));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		takePendingCode(request);
		response.sendRedirect(request.getContextPath() + "/login?providerFailed");
	}

	private static String takePendingCode(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object code = session.getAttribute(PENDING_INVITATION);
		session.removeAttribute(PENDING_INVITATION);
		return (String) code;
	}

}
