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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/import}: the master data import over HTTP, for admins, and its preview. */
@RestController
@RequestMapping("/api/v1/import")
class MasterDataImportController {

	private final MasterDataImporter importer;

	MasterDataImportController(MasterDataImporter importer) {
		this.importer = importer;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, params = "!dryRun")
	Map<String, ImportSummary.Counts> importMasterData(HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return importer.importJson(body).counts();
		}
	}

	/**
	 * {@code ?dryRun=true}: what the import would change, computed by the import itself and rolled back; 200 also
	 * for a file that would be rejected, with its problems. {@code dryRun=false} imports.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, params = "dryRun")
	Object preview(@RequestParam boolean dryRun, HttpServletRequest request) throws IOException {
		if (!dryRun) {
			return importMasterData(request);
		}
		try (InputStream body = request.getInputStream()) {
			return importer.preview(body);
		}
	}

}
