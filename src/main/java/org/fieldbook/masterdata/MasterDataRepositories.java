package org.fieldbook.masterdata;

import org.fieldbook.booking.BookingLedger;
import org.fieldbook.booking.ImportedBookings;
import org.fieldbook.customer.AccountRepository;
import org.fieldbook.customer.ContactRepository;
import org.fieldbook.customer.CustomerAssetRepository;
import org.springframework.stereotype.Component;

/** The repositories of every feature whose master data the import writes. */
@Component
record MasterDataRepositories(AccountRepository accounts,
		ContactRepository contacts, CustomerAssetRepository assets, ImportedBookings bookings,
		BookingLedger ledger) {
}
