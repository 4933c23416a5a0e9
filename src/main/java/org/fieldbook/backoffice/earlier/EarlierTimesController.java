package org.fieldbook.backoffice.earlier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fieldbook.waitlist.EarlierTimeFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's page of earlier times: the visits waiting, per territory and day, and the offers of late. */
@Controller
class EarlierTimesController {

	static final int LATEST_OFFERS = 50;

	private final WaitingVisitsByTerritory waiting;

	private final EarlierTimeFigures figures;

	private final Clock clock;

	EarlierTimesController(WaitingVisitsByTerritory waiting, EarlierTimeFigures figures, Clock clock) {
		this.waiting = waiting;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/admin/earlier-times")
	String page(Model model) {
		Instant from = clock.instant().minus(Duration.ofDays(EarlierTimeFigures.RECENT_DAYS));
		model.addAttribute("days", EarlierTimeFigures.RECENT_DAYS);
		model.addAttribute("waiting", waiting.groups());
		model.addAttribute("offers", figures.offersSince(from));
		model.addAttribute("broughtForward", figures.broughtForwardSince(from));
		model.addAttribute("latest", figures.latestOffers(LATEST_OFFERS));
		return "backoffice/earlier-times";
	}

}
