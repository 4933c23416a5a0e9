package org.fieldbook.customer;

import org.fieldbook.system.ExternalIdRepository;

public interface CustomerAssetRepository extends ExternalIdRepository<CustomerAsset> {

}
