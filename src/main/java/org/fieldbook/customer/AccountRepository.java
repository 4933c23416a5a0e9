package org.fieldbook.customer;

import org.fieldbook.system.ExternalIdRepository;

public interface AccountRepository extends ExternalIdRepository<Account> {

}
