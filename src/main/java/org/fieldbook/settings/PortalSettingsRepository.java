package org.fieldbook.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalSettingsRepository extends JpaRepository<PortalSettings, Short> {

}
