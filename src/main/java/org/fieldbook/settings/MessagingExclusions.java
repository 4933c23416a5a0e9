package org.fieldbook.settings;

import java.util.Set;

/** The exclusion lists of the portal settings: accounts and service types that receive no messages at all. */
public record MessagingExclusions(Set<Long> accounts, Set<Long> serviceTypes) {

	public MessagingExclusions {
		accounts = Set.copyOf(accounts);
		serviceTypes = Set.copyOf(serviceTypes);
	}

	public boolean excludesAccount(Long accountId) {
		return accountId != null && accounts.contains(accountId);
	}

	public boolean excludesServiceType(Long serviceTypeId) {
		return serviceTypeId != null && serviceTypes.contains(serviceTypeId);
	}

	/** Whether messaging is kept away from this account or this service type (either may be null). */
	public boolean excludes(Long accountId, Long serviceTypeId) {
		return accountId != null && accounts.contains(accountId) || serviceTypeId != null && serviceTypes.contains(serviceTypeId);
	}

}
