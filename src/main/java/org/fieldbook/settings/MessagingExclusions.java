package org.fieldbook.settings;

import java.util.Set;

/** The exclusion lists of the portal settings: accounts and service types that receive no messages at all. */
public record MessagingExclusions(Set<Long> accounts, Set<Long> serviceTypes) {

	public MessagingExclusions {
		accounts = Set.copyOf(accounts);
		serviceTypes = Set.copyOf(serviceTypes);
	}

	/** Whether messaging is kept away from this account or this service type (either may be null). */
	public boolean excludes(Long accountId, Long serviceTypeId) {
		return accountId != null && accounts.contains(accountId) || serviceTypeId != null && serviceTypes.contains(serviceTypeId);
	}

}
