package org.fieldbook.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fieldbook.masterdata.ImportSummary;
import org.fieldbook.masterdata.MasterDataImporter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/import}: the master data import over HTTP, for staff. */
@RestController
@RequestMapping("/api/v1/import")
class MasterDataImportController {

	private final MasterDataImporter importer;

	MasterDataImportController(MasterDataImporter importer) {
		this.importer = importer;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, ImportSummary.Counts> importMasterData(HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return importer.importJson(body).counts();
		}
	}

}
