package org.fieldbook.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.fieldbook.system.ExternallyIdentified;

/**
 * A booking of one or more technicians at a place and time. Its technicians are rows of the booking
 * ledger ({@code booking_assignment}), where an exclusion constraint forbids a double booking.
 */
@Entity
public class Booking implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	/** The human-readable portal booking reference; only bookings made through the portal have one. */
	private String reference;

	private Long workOrderId;

	@Enumerated(EnumType.STRING)
	private BookingSource source;

	private Instant startsAt;

	private Instant endsAt;

	private double locationLat;

	private double locationLon;

	@Enumerated(EnumType.STRING)
	private BookingStatus status;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "booking_assignment", joinColumns = @JoinColumn(name = "booking_id"))
	@Column(name = "technician_id")
	private Set<Long> technicianIds = new HashSet<>();

	protected Booking() {
	}

	public static Booking imported(String externalId) {
		Booking booking = new Booking();
		booking.externalId = externalId;
		booking.source = BookingSource.IMPORT;
		return booking;
	}

	/** @param now when this is written, for {@code updated_at} */
	public void schedule(Instant startsAt, Instant endsAt, double lat, double lon, BookingStatus status,
			Collection<Long> technicianIds, Instant now) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.locationLat = lat;
		this.locationLon = lon;
		this.status = status;
		this.technicianIds.retainAll(technicianIds);
		this.technicianIds.addAll(technicianIds);
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public String getReference() {
		return reference;
	}

	public Long getWorkOrderId() {
		return workOrderId;
	}

	public BookingSource getSource() {
		return source;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public double getLocationLat() {
		return locationLat;
	}

	public double getLocationLon() {
		return locationLon;
	}

	public BookingStatus getStatus() {
		return status;
	}

	public Set<Long> getTechnicianIds() {
		return Set.copyOf(technicianIds);
	}

}
