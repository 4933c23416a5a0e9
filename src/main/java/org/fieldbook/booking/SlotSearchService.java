package org.fieldbook.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldbook.booking.SlotSearchRepository.AccountRow;
import org.fieldbook.booking.SlotSearchRepository.ServiceTypeRow;
import org.fieldbook.booking.SlotSearchRepository.TechnicianRow;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.HaversineTravelTime;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.SlotEngine;
import org.fieldbook.scheduling.SlotRequest;
import org.fieldbook.scheduling.SlotSearchResult;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SchedulingSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which dates and times can be offered for a service at an account: the database feeding the slot engine. */
@Service
public class SlotSearchService {

	private final SlotSearchRepository data;

	private final PortalSettingsService settings;

	private final Clock clock;

	SlotSearchService(SlotSearchRepository data, PortalSettingsService settings, Clock clock) {
		this.data = data;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SlotSearchResult search(SlotQuery query) {
		Prepared prepared = prepare(query);
		SlotSearchResult result = prepared.engine().search(prepared.request(), prepared.technicians());
		if (!result.isEmpty()) {
			return result;
		}
		List<Resource> everyone = data.profiles(data.allActiveTechnicians());
		return new SlotSearchResult(result.zone(), result.days(), prepared.engine().reasons(prepared.request(), everyone),
				result.unavailableDays());
	}

	/** A search ready for the engine: the request, and the qualified technicians with their calendars. */
	record Prepared(SlotEngine engine, SlotRequest request, List<Resource> technicians) {
	}

	/**
	 * Loads what the engine needs: only technicians with the skills in the territory and within the radius
	 * (the engine applies the same rules again), with their time off and bookings in the window ± one day.
	 */
	Prepared prepare(SlotQuery query) {
		return prepare(query, null);
	}

	/** As {@link #prepare(SlotQuery)}, leaving one booking out of the calendars: the one being moved. */
	Prepared prepare(SlotQuery query, Long movingBookingId) {
		ServiceTypeRow serviceType = data.serviceType(query.serviceType())
			.orElseThrow(() -> new SlotSearchReferenceNotFoundException("service type", query.serviceType()));
		AccountRow account = data.account(query.account())
			.orElseThrow(() -> new SlotSearchReferenceNotFoundException("active account", query.account()));
		GeoPoint location = query.asset() == null ? account.location()
				: data.assetLocation(account.id(), query.asset())
					.orElseThrow(() -> new SlotSearchReferenceNotFoundException("asset", query.asset()));
		SchedulingSettings limits = settings.scheduling();
		Instant now = query.now() == null ? clock.instant() : query.now();
		SlotRequest request = new SlotRequest(Duration.ofMinutes(serviceType.durationMinutes()), serviceType.skills(),
				serviceType.crewSize(), location, account.zone(), account.territory(), limits.minLeadDays(),
				limits.maxLeadDays(), limits.maxTravelRadiusKm(), limits.slotStepMinutes(), now);
		SlotEngine engine = new SlotEngine(new HaversineTravelTime(limits.travelRoadFactor(), limits.travelSpeedKmh()));

		List<TechnicianRow> skilled = data.skilledTechnicians(serviceType.skills(), account.territory())
			.stream()
			.filter(technician -> request.radiusKm() == 0
					|| HaversineTravelTime.distanceKm(technician.home(), location) <= request.radiusKm())
			.toList();
		LocalDate today = LocalDate.ofInstant(now, account.zone());
		Instant from = today.plusDays(limits.minLeadDays() - 1L).atStartOfDay(account.zone()).toInstant();
		Instant to = today.plusDays(limits.maxLeadDays() + 2L).atStartOfDay(account.zone()).toInstant().plus(request.duration());
		return new Prepared(engine, request, data.calendars(skilled, from, to, movingBookingId));
	}

}
