package org.fieldbook.backoffice.dispatch;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.booking.BookingSource;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.DispatchBookings;
import org.fieldbook.booking.DispatchBookings.Found;
import org.fieldbook.booking.DispatchBookings.Note;
import org.fieldbook.booking.PromisedWindow;
import org.fieldbook.booking.WorkOrderStatus;
import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerImport;
import org.fieldbook.notification.Channel;
import org.fieldbook.notification.LoggedMessage;
import org.fieldbook.notification.NotificationState;
import org.fieldbook.notification.NotificationType;
import org.fieldbook.workforce.TechnicianSummary;
import org.fieldbook.workforce.TerritorySummary;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking search of the API: filters in external ids, resolved by their owners, and the answers as JSON records.
 * A fixed number of queries per page, however many bookings it holds.
 */
@Service
class BookingSearch {

	/** Every part optional; territory, technician and account by external id. */
	record Filter(String territory, String technician, Instant from, Instant to, BookingStatus status, String reference,
			String account) {
	}

	/** A booking in a list; {@code account} and {@code technicians} by external id. */
	record Summary(String reference, String externalId, BookingSource source, BookingStatus status, Instant startsAt,
			Instant endsAt, String serviceType, String account, String accountName, List<String> technicians) {
	}

	record Page(List<Summary> items, int page, int pages, long total) {
	}

	/** A message sent (or meant to be) about the booking. */
	record Message(Instant createdAt, NotificationType type, Channel channel, String recipient, NotificationState state) {
	}

	/** One booking with its work order, timeline and messages. */
	record Booking(String reference, BookingSource source, BookingStatus status, Instant startsAt, Instant endsAt,
			PromisedWindow arrivalWindow, long version, String serviceType, WorkOrderStatus workOrderStatus, String account, String accountName,
			String reportedBy, String asset, String address, List<String> technicians, List<Note> timeline,
			List<Message> messages) {
	}

	/** A filter names a territory, technician or account that does not exist. */
	static class UnknownFilterException extends RuntimeException {

		UnknownFilterException(String filter) {
			super(filter + ": no such " + filter);
		}

	}

	private final DispatchBookings bookings;

	private final Workforce workforce;

	private final Contacts contacts;

	private final CustomerImport accounts;

	BookingSearch(DispatchBookings bookings, Workforce workforce, Contacts contacts, CustomerImport accounts) {
		this.bookings = bookings;
		this.workforce = workforce;
		this.contacts = contacts;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	Page find(Filter filter, int page) {
		Long accountId = filter.account() == null ? null : accounts.accountIds(List.of(filter.account())).get(filter.account());
		if (filter.account() != null && accountId == null) {
			throw new UnknownFilterException("account");
		}
		DispatchBookings.Page found = bookings.search(new DispatchBookings.Search(technicians(filter), filter.from(),
				filter.to(), filter.status(), filter.reference(), accountId), page);
		Map<Long, TechnicianSummary> technicians = workforce
			.technicians(found.items().stream().flatMap(item -> item.technicianIds().stream()).distinct().toList());
		Map<Long, AccountSummary> named = contacts
			.accounts(found.items().stream().map(Found::accountId).filter(Objects::nonNull).distinct().toList());
		return new Page(found.items().stream().map(item -> {
			AccountSummary account = item.accountId() == null ? null : named.get(item.accountId());
			return new Summary(item.reference(), item.externalId(), item.source(), item.status(), item.startsAt(),
					item.endsAt(), item.serviceType(), account == null ? null : account.externalId(),
					account == null ? null : account.name(), externalIds(item.technicianIds(), technicians));
		}).toList(), found.page(), found.pages(), found.total());
	}

	Booking describe(BookingDesk.Booking view) {
		DispatchBookings.Detail booking = view.booking();
		return new Booking(booking.reference(), booking.source(), booking.status(), booking.startsAt(), booking.endsAt(),
				booking.window(), booking.version(), booking.serviceType(), booking.workOrderStatus(),
				view.account() == null ? null : view.account().externalId(), view.account() == null ? null : view.account().name(),
				view.reportedBy() == null ? null : view.reportedBy().name(), view.asset(), booking.address(),
				view.technicians().stream().map(TechnicianSummary::externalId).toList(), booking.notes(),
				view.messages().stream().map(BookingSearch::message).toList());
	}

	/** Null for no such filter; the technicians of the territory, the one technician, or those in both. */
	private Collection<Long> technicians(Filter filter) {
		Set<Long> ids = null;
		if (filter.territory() != null) {
			TerritorySummary territory = workforce.territories()
				.stream()
				.filter(candidate -> candidate.externalId().equals(filter.territory()))
				.findFirst()
				.orElseThrow(() -> new UnknownFilterException("territory"));
			ids = new HashSet<>(workforce.techniciansOf(territory.id()).stream().map(TechnicianSummary::id).toList());
		}
		if (filter.technician() != null) {
			long id = workforce.technician(filter.technician())
				.orElseThrow(() -> new UnknownFilterException("technician"))
				.id();
			ids = ids == null || ids.contains(id) ? Set.of(id) : Set.of();
		}
		return ids;
	}

	private static List<String> externalIds(List<Long> ids, Map<Long, TechnicianSummary> technicians) {
		return ids.stream().map(technicians::get).filter(Objects::nonNull).map(TechnicianSummary::externalId).toList();
	}

	private static Message message(LoggedMessage message) {
		return new Message(message.createdAt(), message.type(), message.channel(), message.recipient(), message.state());
	}

}
