package org.fieldbook.portal;

import org.fieldbook.invitation.PortalAccountService;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Customers who sign in through the configured OpenID Connect provider: the provider must confirm the email
 * address ({@code email_verified}), and the address must be one of our contacts'. The customer is then known by
 * that address, exactly as after a sign-in with password.
 */
class OidcCustomers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NOT_A_CUSTOMER = "not_a_customer";

	private final OidcUserService provider = new OidcUserService();

	private final PortalAccountService accounts;

	OidcCustomers(PortalAccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String email = user.getEmail();
		if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw refused("The provider did not confirm an email address");
		}
		accounts.forSingleSignOn(email).orElseThrow(() -> refused("No customer has this email address"));
		return new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_" + PortalUserDetailsService.CUSTOMER_ROLE),
				user.getIdToken(), user.getUserInfo(), StandardClaimNames.EMAIL);
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error(NOT_A_CUSTOMER, why, null));
	}

}
