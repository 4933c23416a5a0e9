package org.fieldbook.workforce;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.fieldbook.system.ExternallyIdentified;

/** A service territory: accounts belong to one, technicians serve one or more. */
@Entity
class Territory implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String name;

	private String timeZone;

	private boolean active = true;

	protected Territory() {
	}

	public Territory(String externalId) {
		this.externalId = externalId;
	}

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public String getName() {
		return name;
	}

	public void rename(String name) {
		this.name = name;
	}

	/** The zone of the territory; one imported or created before territories had a zone has none. */
	public String getTimeZone() {
		return timeZone;
	}

	public boolean isActive() {
		return active;
	}

	void describe(String name, String timeZone, boolean active) {
		this.name = name;
		this.timeZone = timeZone;
		this.active = active;
	}

}
