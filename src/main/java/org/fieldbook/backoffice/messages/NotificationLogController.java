package org.fieldbook.backoffice.messages;

import java.nio.charset.StandardCharsets;

import org.fieldbook.notification.Channel;
import org.fieldbook.notification.LoggedMessage;
import org.fieldbook.notification.MessageFilter;
import org.fieldbook.notification.MessageLog;
import org.fieldbook.notification.NotificationState;
import org.fieldbook.notification.NotificationType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The notification log for staff, read-only: the messages filtered and paged by the URL, and each message with its
 * content, so a message that could not be sent (no provider configured, a rejected number) can still be read out.
 * An email's HTML is shown in a sandboxed frame from {@link #html}: it runs no script and reaches nothing of ours.
 */
@Controller
class NotificationLogController {

	/**
	 * The email's own HTML, as a document of no origin: no script, no form, no plugin; only its images and styles.
	 * Its frame-ancestors let our page frame it: browsers then ignore the X-Frame-Options DENY of every response.
	 */
	static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; "
			+ "frame-ancestors 'self'";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final MessageLog messages;

	NotificationLogController(MessageLog messages) {
		this.messages = messages;
	}

	@GetMapping("/admin/notifications")
	String list(@ModelAttribute("filter") MessageFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("messages", messages.find(filter, page));
		model.addAttribute("types", NotificationType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("states", NotificationState.values());
		return "backoffice/notifications";
	}

	@GetMapping("/admin/notifications/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("notification", message(id));
		return "backoffice/notification";
	}

	@GetMapping("/admin/notifications/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		String html = present(message(id).html());
		return ResponseEntity.ok()
			.header("Content-Security-Policy", SANDBOX)
			.header("X-Content-Type-Options", "nosniff")
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	@GetMapping("/admin/notifications/{id}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable long id) {
		String ics = present(message(id).calendar());
		return ResponseEntity.ok()
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("message-" + id + ".ics").build().toString())
			.contentType(CALENDAR)
			.body(ics);
	}

	private LoggedMessage message(long id) {
		return messages.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + id));
	}

	private static String present(String part) {
		if (part == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The message has no such part");
		}
		return part;
	}

}
