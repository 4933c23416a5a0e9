package org.fieldbook.customer;

import org.fieldbook.system.ExternalIdRepository;

interface AccountRepository extends ExternalIdRepository<Account> {

}
