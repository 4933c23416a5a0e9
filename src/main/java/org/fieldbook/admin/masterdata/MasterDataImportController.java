package org.fieldbook.admin.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	@ExceptionHandler
	ProblemDetail rejected(MasterDataRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				"The import file was rejected whole; nothing was imported.");
		problem.setTitle("Import rejected");
		problem.setProperty("errors", ex.problems().stream().map(ImportProblem::toString).toList());
		return problem;
	}

}
