package org.fieldbook.api;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.fieldbook.booking.UnmetDemand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/unmet-demand?days=7|30}: the portal searches that found no time, grouped. */
@RestController
class UnmetDemandApiController {

	record DemandView(int days, List<UnmetDemand.Group> groups) {
	}

	private final UnmetDemand demand;

	private final Clock clock;

	UnmetDemandApiController(UnmetDemand demand, Clock clock) {
		this.demand = demand;
		this.clock = clock;
	}

	@GetMapping("/api/v1/unmet-demand")
	ResponseEntity<?> unmetDemand(@RequestParam(defaultValue = "7") String days) {
		if (!days.equals("7") && !days.equals("30")) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "days must be 7 or 30"));
		}
		int span = Integer.parseInt(days);
		return ResponseEntity.ok(new DemandView(span, demand.since(clock.instant().minus(Duration.ofDays(span)))));
	}

}
