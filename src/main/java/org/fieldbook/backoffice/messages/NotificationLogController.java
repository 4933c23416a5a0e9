package org.fieldbook.backoffice.messages;

import org.fieldbook.notification.MessageLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The notification log for staff: every message with its state, and its content, so a message that could not be
 * sent (no provider configured, a rejected number) can still be read out or its link passed on.
 */
@Controller
class NotificationLogController {

	private final MessageLog notifications;

	NotificationLogController(MessageLog notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/admin/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.newest());
		return "backoffice/notifications";
	}

	@GetMapping("/admin/notifications/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("notification", notifications.message(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + id)));
		return "backoffice/notification";
	}

}
