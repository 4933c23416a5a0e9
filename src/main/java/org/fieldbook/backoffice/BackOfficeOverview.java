package org.fieldbook.backoffice;

import org.fieldbook.booking.ServiceTypeCatalog;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures on the back office's first page. */
@Component
class BackOfficeOverview {

	record Figures(long technicians, long accounts, long serviceTypes, long bookings) {
	}

	private final Workforce technicians;

	private final Contacts accounts;

	private final ServiceTypeCatalog serviceTypes;

	private final Visits bookings;

	BackOfficeOverview(Workforce technicians, Contacts accounts, ServiceTypeCatalog serviceTypes, Visits bookings) {
		this.technicians = technicians;
		this.accounts = accounts;
		this.serviceTypes = serviceTypes;
		this.bookings = bookings;
	}

	@Transactional(readOnly = true)
	Figures now() {
		return new Figures(technicians.countTechnicians(), accounts.countAccounts(), serviceTypes.count(), bookings.count());
	}

}
