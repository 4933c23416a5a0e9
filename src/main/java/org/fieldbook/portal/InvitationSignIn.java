package org.fieldbook.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fieldbook.invitation.Invitations;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a sign-in through the OpenID Connect provider: a customer who came from an invitation link (passwords off)
 * has now opened the account, so the invitation is redeemed and the welcome profile page follows; anyone else
 * goes to the start page.
 */
class InvitationSignIn implements AuthenticationSuccessHandler {

	static final String PENDING_INVITATION = "fieldbook.pendingInvitation";

	private final Invitations invitations;

	InvitationSignIn(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		HttpSession session = request.getSession(false);
		Object code = session == null ? null : session.getAttribute(PENDING_INVITATION);
		if (code != null) {
			session.removeAttribute(PENDING_INVITATION);
			if (invitations.redeem((String) code).isPresent()) {
				response.sendRedirect(request.getContextPath() + "/profile?welcome");
				return;
			}
		}
		response.sendRedirect(request.getContextPath() + "/");
	}

}
