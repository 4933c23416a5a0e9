package org.fieldbook.backoffice.masterdata;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of master data: where to find each kind of record, and the import with its preview. */
@Controller
class MasterDataController {

	@GetMapping("/admin/master-data")
	String overview() {
		return "backoffice/masterdata/overview";
	}

}
