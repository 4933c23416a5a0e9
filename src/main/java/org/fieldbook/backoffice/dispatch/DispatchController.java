package org.fieldbook.backoffice.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fieldbook.workforce.TechnicianSummary;
import org.fieldbook.workforce.TerritorySummary;
import org.fieldbook.workforce.Workforce;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The dispatch board: a territory's day (territory and date in the URL), and one technician's week. */
@Controller
class DispatchController {

	private final DispatchBoard board;

	private final Workforce workforce;

	private final Clock clock;

	DispatchController(DispatchBoard board, Workforce workforce, Clock clock) {
		this.board = board;
		this.workforce = workforce;
		this.clock = clock;
	}

	/** Without a territory, the first by name; without a date, today on the territory's clock. */
	@GetMapping("/admin/dispatch")
	String day(@RequestParam(required = false) String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		List<TerritorySummary> territories = board.territories();
		if (territories.isEmpty()) {
			model.addAttribute("board", null);
			return "backoffice/dispatch";
		}
		TerritorySummary shown = territory == null ? territories.get(0)
				: territories.stream()
					.filter(candidate -> candidate.externalId().equals(territory))
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such territory"));
		model.addAttribute("board", board.day(shown, territories, date == null ? LocalDate.now(clock.withZone(shown.zone())) : date));
		return "backoffice/dispatch";
	}

	/** {@code week}: any date of the week (its Monday is shown first); without one, this week on the technician's clock. */
	@GetMapping("/admin/dispatch/technicians/{technician}")
	String week(@PathVariable String technician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
		TechnicianSummary shown = workforce.technician(technician)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such technician"));
		model.addAttribute("week", board.week(shown, week == null ? LocalDate.now(clock.withZone(shown.zone())) : week));
		return "backoffice/dispatch-week";
	}

}
