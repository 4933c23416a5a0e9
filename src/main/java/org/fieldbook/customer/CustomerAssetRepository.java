package org.fieldbook.customer;

import org.fieldbook.system.ExternalIdRepository;

interface CustomerAssetRepository extends ExternalIdRepository<CustomerAsset> {

}
