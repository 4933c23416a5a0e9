package org.fieldbook.portal.signin;

import org.fieldbook.invitation.CustomerCredentials;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/** A customer who signs in with a password, or by accepting an invitation: the portal account as it was at sign-in. */
final class CustomerUser extends User implements CustomerPrincipal {

	private static final long serialVersionUID = 1L;

	private final int credentialsVersion;

	CustomerUser(CustomerCredentials account) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
				AuthorityUtils.createAuthorityList("ROLE_" + PortalUserDetailsService.CUSTOMER_ROLE));
		this.credentialsVersion = account.credentialsVersion();
	}

	@Override
	public int credentialsVersion() {
		return credentialsVersion;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CustomerUser customer && super.equals(other) && credentialsVersion == customer.credentialsVersion;
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + credentialsVersion;
	}

}
