package org.fieldbook.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.booking.ServiceTypeCatalog;
import org.fieldbook.booking.ServiceTypeChoice;
import org.fieldbook.booking.VisitRequest;
import org.fieldbook.booking.VisitView;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.invitation.SignedInAccount;
import org.fieldbook.notification.BookingLinks;
import org.fieldbook.system.PerRequest;
import org.springframework.stereotype.Component;

/**
 * What a signed-in contact may see, asked of the features that own it: its active accounts, their assets, the
 * portal's service types and the bookings of its accounts. Every answer is bounded by the contact, so another
 * account's ids find nothing.
 */
@Component
public class CustomerDirectory {

	public record Customer(long contactId, String firstName, String email, String language) {
	}

	record AccountOption(String id, String name, String address) {
	}

	record AssetOption(String id, String name, String address) {
	}

	private static final String SIGNED_IN = CustomerDirectory.class.getName() + ".account.";

	private static final String CUSTOMER = CustomerDirectory.class.getName() + ".customer.";

	private final PortalAccountService portalAccounts;

	private final Contacts contacts;

	private final Visits visits;

	private final ServiceTypeCatalog serviceTypes;

	private final BookingLinks links;

	CustomerDirectory(PortalAccountService portalAccounts, Contacts contacts, Visits visits, ServiceTypeCatalog serviceTypes,
			BookingLinks links) {
		this.portalAccounts = portalAccounts;
		this.contacts = contacts;
		this.visits = visits;
		this.serviceTypes = serviceTypes;
		this.links = links;
	}

	/**
	 * The enabled portal account a signed-in customer's request is checked against; looked up once per request, as
	 * the session check, the page's language and the page itself all ask.
	 */
	public Optional<SignedInAccount> account(String username) {
		return PerRequest.once(SIGNED_IN + username, () -> portalAccounts.signedIn(username));
	}

	/** The contact the enabled portal account of this username signs in as; looked up once per request. */
	public Optional<Customer> customer(String username) {
		return PerRequest.once(CUSTOMER + username, () -> account(username)
			.flatMap(account -> contacts.contact(account.contactId()))
			.map(contact -> new Customer(contact.id(), contact.firstName(), contact.email(), contact.language())));
	}

	List<AccountOption> accounts(long contactId) {
		return contacts.activeAccounts(contactId)
			.stream()
			.map(account -> new AccountOption(account.externalId(), account.name(), account.address()))
			.toList();
	}

	/** The account's assets with where each is: its functional location, else the account's address. */
	List<AssetOption> assets(long contactId, String accountId) {
		return contacts.assets(contactId, accountId)
			.stream()
			.map(asset -> new AssetOption(asset.externalId(), asset.name(), asset.address()))
			.toList();
	}

	/** The portal's service types, named in the page's language. */
	List<ServiceTypeChoice> serviceTypes(Locale locale) {
		return serviceTypes.onPortal(locale.getLanguage());
	}

	List<VisitView> visits(long contactId, Locale locale) {
		return visits.ofAccounts(contacts.accountIds(contactId), locale.getLanguage());
	}

	Optional<VisitView> visit(long contactId, String reference, Locale locale) {
		return visits.byReference(reference, contacts.accountIds(contactId), locale.getLanguage());
	}

	/** The booking a link code opens, while the code is neither expired nor blocked; records its use. */
	Optional<VisitView> visitByLinkCode(String code, Locale locale) {
		return links.open(code).flatMap(id -> visits.byId(id, locale.getLanguage()));
	}

	/** The external ids a booking was made with, to search times for moving it. */
	VisitRequest requestOf(long bookingId) {
		return visits.requestOf(bookingId);
	}

}
