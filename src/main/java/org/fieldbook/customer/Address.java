package org.fieldbook.customer;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address with the coordinates that the slot engine measures travel from. */
@Embeddable
public record Address(@Column(name = "address_line1") String line1, @Column(name = "address_line2") String line2,
		@Column(name = "address_city") String city, @Column(name = "address_postal_code") String postalCode,
		@Column(name = "address_country") String country, @Column(name = "address_lat") double lat,
		@Column(name = "address_lon") double lon) {

	/** The address as lists show it: the first line, then the postal code and city. */
	public String oneLine() {
		String town = postalCode == null || city == null ? null : postalCode + " " + city;
		return Stream.of(line1, town).filter(Objects::nonNull).collect(Collectors.joining(", "));
	}

}
