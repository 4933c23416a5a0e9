package org.fieldbook.backoffice.dispatch;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.PromisedWindow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings for staff scripts and the field app: search them, read one, and complete, reschedule, cancel or reassign
 * one, with the rules and the audit of the booking page.
 */
@RestController
class BookingApiController {

	/** A new time; without technicians, those the slot engine offers at that time. */
	record Reschedule(@NotNull Instant startsAt, List<@NotBlank String> technicians) {
	}

	record Cancel(@NotBlank @Size(max = 500) String reason) {
	}

	record Reassign(@NotBlank String technician) {
	}

	/** Where the booking is now. */
	/** @param arrivalWindow the window the customer is promised now (null: the exact time) */
	record Moved(String reference, Instant startsAt, Instant endsAt, PromisedWindow arrivalWindow) {

		static Moved of(BookedVisit visit) {
			return new Moved(visit.reference(), visit.startsAt(), visit.endsAt(), visit.window());
		}

	}

	private final BookingDesk desk;

	private final BookingSearch search;

	BookingApiController(BookingDesk desk, BookingSearch search) {
		this.desk = desk;
		this.search = search;
	}

	/** Territory, technician and account by external id; bookings overlapping from–to; 50 a page. */
	@GetMapping("/api/v1/bookings")
	BookingSearch.Page list(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String technician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) BookingStatus status, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String account, @RequestParam(defaultValue = "1") int page) {
		return search.find(new BookingSearch.Filter(territory, technician, from, to, status, reference, account), page);
	}

	@GetMapping("/api/v1/bookings/{reference}")
	BookingSearch.Booking show(@PathVariable String reference) {
		return search.describe(desk.booking(reference));
	}

	/** Accepted: completion.bpmn has completed booking and work order; the completion notice follows. */
	@PostMapping("/api/v1/bookings/{reference}/complete")
	ResponseEntity<Void> complete(@PathVariable String reference, Principal staff) {
		desk.complete(reference, null, staff.getName());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/v1/bookings/{reference}/reschedule")
	Moved reschedule(@PathVariable String reference, @Valid @RequestBody Reschedule body, Principal staff) {
		return Moved.of(desk.reschedule(reference, null, body.startsAt(),
				body.technicians() == null ? List.of() : body.technicians(), staff.getName()));
	}

	@PostMapping("/api/v1/bookings/{reference}/cancel")
	ResponseEntity<Void> cancel(@PathVariable String reference, @Valid @RequestBody Cancel body, Principal staff) {
		desk.cancel(reference, null, body.reason().strip(), staff.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/bookings/{reference}/reassign")
	ResponseEntity<Void> reassign(@PathVariable String reference, @Valid @RequestBody Reassign body, Principal staff) {
		desk.reassign(reference, null, body.technician(), staff.getName());
		return ResponseEntity.noContent().build();
	}

}
