package org.fieldbook.masterdata;

import org.fieldbook.booking.BookingLedger;
import org.fieldbook.booking.ImportedBookings;
import org.fieldbook.booking.ServiceTypeRepository;
import org.fieldbook.customer.AccountRepository;
import org.fieldbook.customer.ContactRepository;
import org.fieldbook.customer.CustomerAssetRepository;
import org.fieldbook.workforce.SkillRepository;
import org.fieldbook.workforce.TechnicianRepository;
import org.fieldbook.workforce.TerritoryRepository;
import org.springframework.stereotype.Component;

/** The repositories of every feature whose master data the import writes. */
@Component
record MasterDataRepositories(TerritoryRepository territories, SkillRepository skills,
		ServiceTypeRepository serviceTypes, TechnicianRepository technicians, AccountRepository accounts,
		ContactRepository contacts, CustomerAssetRepository assets, ImportedBookings bookings,
		BookingLedger ledger) {
}
