package org.fieldbook.portal.signin;

import org.fieldbook.invitation.PortalAccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Customers sign in with the email address and password of their portal account. */
public class PortalUserDetailsService implements UserDetailsService {

	public static final String CUSTOMER_ROLE = "CUSTOMER";

	private final PortalAccountService accounts;

	PortalUserDetailsService(PortalAccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.credentials(username)
			.map(CustomerUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No portal account"));
	}

}
