package org.fieldbook.booking;

import org.fieldbook.system.ExternalIdRepository;

public interface BookingRepository extends ExternalIdRepository<Booking> {

}
