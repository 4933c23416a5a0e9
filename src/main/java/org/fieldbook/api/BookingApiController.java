package org.fieldbook.api;

import org.fieldbook.booking.BookingService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/bookings/{reference}/complete}: a dispatcher (or the field app) completes a visit. */
@RestController
class BookingApiController {

	private final BookingService bookings;

	BookingApiController(BookingService bookings) {
		this.bookings = bookings;
	}

	/** Accepted: completion.bpmn has completed booking and work order; the completion notice follows. */
	@PostMapping("/api/v1/bookings/{reference}/complete")
	ResponseEntity<Void> complete(@PathVariable String reference) {
		bookings.complete(reference);
		return ResponseEntity.accepted().build();
	}

}
