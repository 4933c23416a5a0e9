package org.fieldbook.backoffice;

import org.fieldbook.booking.ServiceTypeRepository;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.AccountRepository;
import org.fieldbook.workforce.TechnicianRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures on the back office's first page. */
@Component
class BackOfficeOverview {

	record Figures(long technicians, long accounts, long serviceTypes, long bookings) {
	}

	private final TechnicianRepository technicians;

	private final AccountRepository accounts;

	private final ServiceTypeRepository serviceTypes;

	private final Visits bookings;

	BackOfficeOverview(TechnicianRepository technicians, AccountRepository accounts, ServiceTypeRepository serviceTypes,
			Visits bookings) {
		this.technicians = technicians;
		this.accounts = accounts;
		this.serviceTypes = serviceTypes;
		this.bookings = bookings;
	}

	@Transactional(readOnly = true)
	Figures now() {
		return new Figures(technicians.count(), accounts.count(), serviceTypes.count(), bookings.count());
	}

}
