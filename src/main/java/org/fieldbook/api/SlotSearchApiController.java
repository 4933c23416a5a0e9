package org.fieldbook.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.OfferedWindow;
import org.fieldbook.scheduling.Reason;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.scheduling.SlotSearchResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/slot-search}: free dates and times for staff and tests, in the company's own ids. */
@RestController
class SlotSearchApiController {

	/** @param now for staff and tests; the portal always searches from the current time */
	record SearchBody(@NotBlank String serviceType, @NotBlank String account, String asset, @InBookingYears Instant now) {
	}

	record SlotView(String start, String end, List<String> technicians) {

		static SlotView of(Slot slot) {
			return new SlotView(slot.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					slot.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), slot.technicians());
		}

	}

	/** An arrival window offered, with the start inside it and the technicians that the system would plan. */
	record WindowView(String start, String end, String plannedStart, String plannedEnd, List<String> technicians) {

		static WindowView of(OfferedWindow window) {
			return new WindowView(window.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					window.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					window.planned().start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					window.planned().end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), window.planned().technicians());
		}

	}

	/** A date's starts; for a service type of arrival windows, its windows too (and no starts); else no windows. */
	record DayView(LocalDate date, List<SlotView> slots, @JsonInclude(JsonInclude.Include.NON_NULL) List<WindowView> windows) {

		static DayView of(SlotDay day, boolean inWindows) {
			return new DayView(day.date(), day.slots().stream().map(SlotView::of).toList(),
					inWindows ? day.windows().stream().map(WindowView::of).toList() : null);
		}

	}

	record ReasonView(String code, String subject, Integer level, int count, LocalDate until, String message) {

		static ReasonView of(Reason reason) {
			return new ReasonView(reason.code().name(), reason.subject(), reason.code() == Reason.Code.NO_SKILL ? reason.level() : null,
					reason.count(), reason.until(), reason.toString());
		}

	}

	record UnavailableDayView(LocalDate date, ReasonView reason) {
	}

	record ResultView(String timeZone, List<DayView> days, List<ReasonView> reasons, List<UnavailableDayView> unavailableDays) {

		static ResultView of(SlotSearchResult result) {
			boolean inWindows = result.days().stream().anyMatch(day -> !day.windows().isEmpty());
			return new ResultView(result.zone().getId(), result.days().stream().map(day -> DayView.of(day, inWindows)).toList(),
					result.reasons().stream().map(ReasonView::of).toList(),
					result.unavailableDays().stream().map(day -> new UnavailableDayView(day.date(), ReasonView.of(day.reason()))).toList());
		}

	}

	private final SlotSearchService slots;

	SlotSearchApiController(SlotSearchService slots) {
		this.slots = slots;
	}

	@PostMapping("/api/v1/slot-search")
	ResultView search(@Valid @RequestBody SearchBody body) {
		return ResultView.of(slots.search(new SlotQuery(body.serviceType(), body.account(), body.asset(), body.now())));
	}

}
