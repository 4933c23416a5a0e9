package org.fieldbook.workforce;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.fieldbook.system.ExternallyIdentified;

/** A skill that service types require and technicians have at a proficiency from 0 to 10. */
@Entity
class Skill implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String name;

	private boolean active = true;

	protected Skill() {
	}

	public Skill(String externalId) {
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

	public boolean isActive() {
		return active;
	}

	void describe(String name, boolean active) {
		this.name = name;
		this.active = active;
	}

}
