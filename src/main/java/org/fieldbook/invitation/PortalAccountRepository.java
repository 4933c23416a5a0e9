package org.fieldbook.invitation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

	@Query("select a from PortalAccount a where lower(a.username) = lower(?1)")
	Optional<PortalAccount> findByUsernameIgnoreCase(String username);

	boolean existsByContactId(Long contactId);

}
