package org.fieldbook.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** A repository of master data that carries the company's own external ids (see the master data import). */
@NoRepositoryBean
public interface ExternalIdRepository<T extends ExternallyIdentified> extends JpaRepository<T, Long> {

	Optional<T> findByExternalId(String externalId);

	List<T> findByExternalIdIn(Collection<String> externalIds);

	/** Those of these external ids that exist, each with its entity, in a map that the caller may add to. */
	default Map<String, T> byExternalId(Collection<String> externalIds) {
		return findByExternalIdIn(externalIds.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(ExternallyIdentified::getExternalId, Function.identity(), (a, b) -> a,
					HashMap::new));
	}

	/** Those of these external ids that exist, each with its Fieldbook id. */
	default Map<String, Long> idsByExternalId(Collection<String> externalIds) {
		return byExternalId(externalIds).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getId()));
	}

}
