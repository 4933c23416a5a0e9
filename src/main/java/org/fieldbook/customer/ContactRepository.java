package org.fieldbook.customer;

import java.util.List;
import java.util.Optional;

import org.fieldbook.system.ExternalIdRepository;

interface ContactRepository extends ExternalIdRepository<Contact> {

	Optional<Contact> findFirstByEmailIgnoreCase(String email);

	List<Contact> findByEmailIgnoreCase(String email);

}
