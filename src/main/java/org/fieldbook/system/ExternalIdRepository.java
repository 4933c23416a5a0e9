package org.fieldbook.system;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** A repository of master data that carries the company's own external ids (see the master data import). */
@NoRepositoryBean
public interface ExternalIdRepository<T extends ExternallyIdentified> extends JpaRepository<T, Long> {

	Optional<T> findByExternalId(String externalId);

	List<T> findByExternalIdIn(Collection<String> externalIds);

}
