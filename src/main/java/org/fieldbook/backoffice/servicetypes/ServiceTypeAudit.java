package org.fieldbook.backoffice.servicetypes;

import java.util.stream.Collectors;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Change;
import org.fieldbook.booking.ServiceTypeAdministration.Outcome;
import org.springframework.stereotype.Component;

/** A change of a service type from the screen or the API, written to the audit log when it moved anything. */
@Component
class ServiceTypeAudit {

	static final String CHANGED = "service-type.changed";

	private final ServiceTypeAdministration serviceTypes;

	private final AuditTrail audit;

	ServiceTypeAudit(ServiceTypeAdministration serviceTypes, AuditTrail audit) {
		this.serviceTypes = serviceTypes;
		this.audit = audit;
	}

	/** "durationMinutes: 90 → 120; portalNames[es]: – → Revisión de caldera". */
	Outcome change(String actor, String externalId, Change change) {
		Outcome outcome = serviceTypes.change(externalId, change);
		if (!outcome.changed().isEmpty()) {
			audit.record(actor, CHANGED, externalId, outcome.changed()
				.stream()
				.map(moved -> moved.field() + ": " + moved.oldValue() + " → " + moved.newValue())
				.collect(Collectors.joining("; ")));
		}
		return outcome;
	}

}
