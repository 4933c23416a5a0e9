package org.fieldbook.backoffice.masterdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.masterdata.ImportPreview;
import org.fieldbook.masterdata.ImportSummary;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.masterdata.MasterDataRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import with a preview: an admin uploads a file and sees what it would change (the import run and rolled back),
 * then applies exactly that file, kept in the staff session by its SHA-256 digest for {@link #KEPT}.
 */
@Controller
class ImportPreviewController {

	static final Duration KEPT = Duration.ofMinutes(30);

	private static final String PENDING = ImportPreviewController.class.getName() + ".pending";

	/** The previewed file, waiting to be applied. */
	record PendingImport(String digest, String fileName, byte[] content, Instant keptUntil) implements Serializable {
	}

	private final MasterDataImporter importer;

	private final AuditTrail audit;

	private final Clock clock;

	ImportPreviewController(MasterDataImporter importer, AuditTrail audit, Clock clock) {
		this.importer = importer;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/master-data/import")
	String upload() {
		return "backoffice/masterdata/import";
	}

	@PostMapping("/admin/master-data/import/preview")
	String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
		byte[] content = file.getBytes();
		PendingImport pending = new PendingImport(digest(content), fileName(file), content, clock.instant().plus(KEPT));
		ImportPreview preview = importer.preview(new ByteArrayInputStream(content));
		if (preview.accepted()) {
			session.setAttribute(PENDING, pending);
		}
		else {
			session.removeAttribute(PENDING);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", pending.fileName());
		model.addAttribute("digest", pending.digest());
		return "backoffice/masterdata/import";
	}

	@PostMapping("/admin/master-data/import/apply")
	String apply(@RequestParam String digest, HttpSession session, Principal staff, Model model) {
		if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.digest().equals(digest)
				|| !clock.instant().isBefore(pending.keptUntil())) {
			model.addAttribute("expired", true);
			return "backoffice/masterdata/import";
		}
		session.removeAttribute(PENDING);
		try {
			ImportSummary summary = importer.importJson(new ByteArrayInputStream(pending.content()));
			audit.record(staff.getName(), "master-data.imported", pending.fileName(),
					"sha-256 " + pending.digest() + ": " + summary);
			model.addAttribute("applied", summary.counts());
		}
		catch (MasterDataRejectedException ex) {
			model.addAttribute("preview", new ImportPreview(false, Map.of(), ex.problems()));
		}
		return "backoffice/masterdata/import";
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "import.json" : name.strip();
	}

	private static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
