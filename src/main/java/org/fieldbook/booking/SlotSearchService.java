package org.fieldbook.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fieldbook.booking.SlotSearchRepository.ServiceTypeRow;
import org.fieldbook.customer.ServiceSite;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.scheduling.BookedJob;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.HaversineTravelTime;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.SlotEngine;
import org.fieldbook.scheduling.SlotRequest;
import org.fieldbook.scheduling.SlotSearchResult;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SchedulingSettings;
import org.fieldbook.workforce.QualifiedTechnicians;
import org.fieldbook.workforce.TechnicianProfile;
import org.fieldbook.workforce.Workforce;
import org.fieldbook.workforce.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Which dates and times can be offered for a service at an account: the database feeding the slot engine. */
@Service
public class SlotSearchService {

	private static final Logger log = LoggerFactory.getLogger(SlotSearchService.class);

	/** Reads of copy and bookings until both are of one workforce version; more only while the workforce keeps changing. */
	private static final int MAX_ATTEMPTS = 4;

	private final SlotSearchRepository data;

	private final Workforce workforce;

	private final ServiceSites sites;

	private final PortalSettingsService settings;

	private final Clock clock;

	private final SlotSearchOutcomes outcomes;

	private final TransactionTemplate reading;

	SlotSearchService(SlotSearchRepository data, Workforce workforce, ServiceSites sites, PortalSettingsService settings,
			Clock clock, SlotSearchOutcomes outcomes, PlatformTransactionManager transactionManager) {
		this.data = data;
		this.workforce = workforce;
		this.sites = sites;
		this.settings = settings;
		this.clock = clock;
		this.outcomes = outcomes;
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
	}

	/** Free times for the company (the staff API): every service type, also those hidden from the portal. */
	@Transactional(readOnly = true)
	public SlotSearchResult search(SlotQuery query) {
		return search(prepare(query));
	}

	/**
	 * Free times for a customer: a service type hidden from the portal is not found, as another account's asset is.
	 * The outcome is recorded for {@link UnmetDemand}; a failure to record it is logged, never the customer's.
	 *
	 * The outcome is written after the search's read-only transaction has ended: a search holds one connection at a
	 * time, so concurrent searches cannot take the whole pool and then wait for one more each.
	 *
	 * @throws SlotSearchReferenceNotFoundException also for a service type that is not on the portal
	 */
	public SlotSearchResult searchForCustomer(SlotQuery query) {
		record Searched(Prepared prepared, SlotSearchResult result) {
		}
		Searched searched = reading.execute(status -> {
			Prepared prepared = prepare(query, BookingSource.PORTAL, null);
			return new Searched(prepared, search(prepared));
		});
		record(searched.prepared(), searched.result());
		return searched.result();
	}

	SlotSearchResult search(Prepared prepared) {
		SlotSearchResult result = prepared.engine().search(prepared.request(), prepared.technicians());
		if (!result.isEmpty()) {
			return result;
		}
		List<Resource> everyone = workforce.activeTechnicians()
			.stream()
			.map(technician -> resource(technician, WorkingTime.NONE, List.of()))
			.toList();
		return new SlotSearchResult(result.zone(), result.days(), prepared.engine().reasons(prepared.request(), everyone),
				result.unavailableDays());
	}

	private void record(Prepared prepared, SlotSearchResult result) {
		SlotRequest request = prepared.request();
		LocalDate today = LocalDate.ofInstant(request.now(), request.zone());
		try {
			outcomes.record(clock.instant(), prepared.site().accountId(), prepared.serviceTypeId(), request.territory(),
					today.plusDays(request.minLeadDays()), today.plusDays(request.maxLeadDays()), result);
		}
		catch (RuntimeException notRecorded) {
			log.warn("The outcome of a portal slot search for account {} was not recorded: {}",
					prepared.site().accountExternalId(), notRecorded.getMessage());
		}
	}

	/**
	 * A search ready for the engine: the request, and the qualified technicians with their calendars; the site and
	 * service type it is for.
	 */
	record Prepared(SlotEngine engine, SlotRequest request, List<Resource> technicians, ServiceSite site,
			long serviceTypeId) {

		/** The same search for exact starts, also for a service type of arrival windows: what the company may choose. */
		Prepared exact() {
			return new Prepared(engine, request.withArrivalWindows(List.of()), technicians, site, serviceTypeId);
		}

	}

	/**
	 * Loads what the engine needs: only technicians with the skills in the territory and within the radius
	 * (the engine applies the same rules again), with their time off and bookings in the window ± one day.
	 */
	Prepared prepare(SlotQuery query) {
		return prepare(query, BookingSource.BACK_OFFICE, null);
	}

	/**
	 * As {@link #prepare(SlotQuery)} for the one who asks (a customer sees only the portal's service types),
	 * leaving one booking out of the calendars: the one being moved (null: none).
	 */
	Prepared prepare(SlotQuery query, BookingSource asker, Long movingBookingId) {
		return prepareLeavingOut(query, asker, movingBookingId == null ? List.of() : List.of(movingBookingId));
	}

	/** As {@link #prepare(SlotQuery, BookingSource, Long)}, leaving these bookings out of the calendars. */
	Prepared prepareLeavingOut(SlotQuery query, BookingSource asker, List<Long> leftOut) {
		ServiceTypeRow serviceType = data.serviceType(query.serviceType())
			.filter(type -> asker.mayUse(type.onPortal()))
			.orElseThrow(() -> new SlotSearchReferenceNotFoundException("service type", query.serviceType()));
		ServiceSite site = sites.site(query.account(), query.asset())
			.orElseThrow(() -> new SlotSearchReferenceNotFoundException("active account", query.account()));
		if (query.asset() != null && !site.hasAsset()) {
			throw new SlotSearchReferenceNotFoundException("asset", query.asset());
		}
		GeoPoint location = site.location();
		SchedulingSettings limits = settings.scheduling();
		Instant now = query.now() == null ? clock.instant() : query.now();
		Duration duration = Duration.ofMinutes(serviceType.durationMinutes());
		LocalDate today = LocalDate.ofInstant(now, site.zone());
		Instant from = today.plusDays(limits.minLeadDays() - 1L).atStartOfDay(site.zone()).toInstant();
		Instant to = today.plusDays(limits.maxLeadDays() + 2L).atStartOfDay(site.zone()).toInstant().plus(duration);
		Calendars calendars = calendars(serviceType, site, limits.maxTravelRadiusKm(), from, to, leftOut);
		SlotRequest request = new SlotRequest(duration, calendars.qualified().requirements(), serviceType.crewSize(),
				location, site.zone(), calendars.qualified().territory(), limits.minLeadDays(), limits.maxLeadDays(),
				limits.maxTravelRadiusKm(), limits.slotStepMinutes(), now)
			.withArrivalWindows(serviceType.arrivalWindows().windows());
		SlotEngine engine = new SlotEngine(new HaversineTravelTime(limits.travelRoadFactor(), limits.travelSpeedKmh()));
		List<Resource> technicians = calendars.skilled()
			.stream()
			.map(technician -> resource(technician, calendars.qualified().times().get(technician.id()),
					calendars.bookings().byTechnician().getOrDefault(technician.id(), List.of())))
			.toList();
		return new Prepared(engine, request, technicians, site, serviceType.id());
	}

	/** The qualified technicians within the radius, their calendars and their bookings, all of one moment. */
	private record Calendars(QualifiedTechnicians qualified, List<TechnicianProfile> skilled,
			SlotSearchRepository.Bookings bookings) {
	}

	/**
	 * The workforce's copy in memory, checked against the version read with the bookings: when the database is newer
	 * (a change on any node), the copy is loaded again and the bookings read again for whoever qualifies now; after
	 * {@link #MAX_ATTEMPTS} the last copy is taken, as a reservation checks again under the technicians' locks.
	 */
	private Calendars calendars(ServiceTypeRow serviceType, ServiceSite site, int radiusKm, Instant from, Instant to,
			List<Long> leftOut) {
		long version = Workforce.ANY_VERSION;
		for (int attempt = 1;; attempt++) {
			QualifiedTechnicians qualified = workforce.qualified(serviceType.skills(), site.territoryId(), from, to, version);
			List<TechnicianProfile> skilled = qualified.technicians()
				.stream()
				.filter(technician -> radiusKm == 0 || HaversineTravelTime.distanceKm(technician.home(), site.location()) <= radiusKm)
				.toList();
			SlotSearchRepository.Bookings bookings = data.bookings(skilled.stream().map(TechnicianProfile::id).toList(), from,
					to, leftOut);
			if (bookings.workforceVersion() <= qualified.version() || attempt == MAX_ATTEMPTS) {
				return new Calendars(qualified, skilled, bookings);
			}
			version = bookings.workforceVersion();
		}
	}

	private static Resource resource(TechnicianProfile technician, WorkingTime time, List<BookedJob> bookings) {
		return new Resource(technician.externalId(), technician.zone(), technician.home(), technician.territories(),
				technician.skills(), time.hours(), time.timeOff(), bookings);
	}

}
