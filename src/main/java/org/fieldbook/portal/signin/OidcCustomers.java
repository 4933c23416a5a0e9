package org.fieldbook.portal.signin;

import org.fieldbook.invitation.CustomerCredentials;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.system.DatabaseUnreachable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Customers who sign in through the configured OpenID Connect provider. The provider's identity (issuer and
 * subject) is what is matched; the first time, it must come with an email address the provider confirms
 * ({@code email_verified}) that belongs to exactly one contact without a portal account, or, where passwords are
 * off, with one not yet linked to an identity (see {@link PortalAccountService#forSingleSignOn}). The customer is then known by the portal account's username,
 * exactly as after a sign-in with password.
 */
class OidcCustomers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NOT_A_CUSTOMER = "not_a_customer";

	private final OidcUserService provider = new OidcUserService();

	private final PortalAccountService accounts;

	private final SignInMethods methods;

	OidcCustomers(PortalAccountService accounts, SignInMethods methods) {
		this.accounts = accounts;
		this.methods = methods;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String email = user.getEmail();
		if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw refused("The provider did not confirm an email address");
		}
		CustomerCredentials account;
		try {
			account = accounts.forSingleSignOn(user.getIdToken().getIssuer().toString(), user.getSubject(), email,
					!methods.passwords())
				.orElseThrow(() -> refused("No portal account for this identity, and none can be opened for this address"));
		}
		catch (DataAccessException clash) {
			if (DatabaseUnreachable.causedBy(clash)) {
				throw clash;
			}
			throw refused("The portal account could not be opened: " + clash.getMostSpecificCause().getMessage());
		}
		return new PortalCustomer(user, account);
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error(NOT_A_CUSTOMER, why, null));
	}

	/** The provider's user, named by the portal account it signs in to, with that account's credentials version. */
	static final class PortalCustomer extends DefaultOidcUser implements CustomerPrincipal {

		private static final long serialVersionUID = 2L;

		private final String username;

		private final int credentialsVersion;

		PortalCustomer(OidcUser user, CustomerCredentials account) {
			super(AuthorityUtils.createAuthorityList("ROLE_" + PortalUserDetailsService.CUSTOMER_ROLE), user.getIdToken(),
					user.getUserInfo(), IdTokenClaimNames.SUB);
			this.username = account.username();
			this.credentialsVersion = account.credentialsVersion();
		}

		@Override
		public String getName() {
			return username;
		}

		@Override
		public int credentialsVersion() {
			return credentialsVersion;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PortalCustomer customer && super.equals(other) && username.equals(customer.username)
					&& credentialsVersion == customer.credentialsVersion;
		}

		@Override
		public int hashCode() {
			return (super.hashCode() * 31 + username.hashCode()) * 31 + credentialsVersion;
		}

	}

}
