package org.fieldbook.settings;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalSettingsRepository extends JpaRepository<PortalSettings, Short> {

	/** The settings row, locked until the transaction ends so that two changes are applied one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT s FROM PortalSettings s WHERE s.id = :id")
	Optional<PortalSettings> findForChange(Short id);

}
