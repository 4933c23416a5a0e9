package org.fieldbook.booking;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.fieldbook.system.ExternallyIdentified;

/** An incident type: the kind of work, how long it takes, which skills and how many technicians it needs. */
@Entity
class ServiceType implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String name;

	/** The customer-friendly name shown on the portal: in English, and in each language without a name of its own. */
	private String portalName;

	/** The portal name in the other languages, by language code. */
	@ElementCollection
	@CollectionTable(name = "service_type_portal_name", joinColumns = @JoinColumn(name = "service_type_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "name")
	private Map<String, String> portalNames = new HashMap<>();

	private boolean onPortal;

	private int durationMinutes;

	private int crewSize = 1;

	/** {@link ArrivalWindows#text()}: null for exact times. */
	private String arrivalWindows;

	@ElementCollection
	@CollectionTable(name = "service_type_skill", joinColumns = @JoinColumn(name = "service_type_id"))
	private Set<RequiredSkill> requiredSkills = new HashSet<>();

	protected ServiceType() {
	}

	public ServiceType(String externalId) {
		this.externalId = externalId;
	}

	public void describe(String name, String portalName, boolean onPortal, Duration duration, int crewSize) {
		this.name = name;
		this.portalName = portalName;
		this.onPortal = onPortal;
		this.durationMinutes = Math.toIntExact(duration.toMinutes());
		this.crewSize = crewSize;
	}

	void configure(boolean onPortal, Duration duration, int crewSize) {
		this.onPortal = onPortal;
		this.durationMinutes = Math.toIntExact(duration.toMinutes());
		this.crewSize = crewSize;
	}

	/** {@code defaultName} blank: the portal shows the service type's name; a language left out shows the default. */
	void renameOnPortal(String defaultName, Map<String, String> namesByLanguage) {
		this.portalName = defaultName;
		this.portalNames.clear();
		this.portalNames.putAll(namesByLanguage);
	}

	/** How visits of this type are promised: {@link ArrivalWindows#EXACT} or windows. */
	public void promise(ArrivalWindows windows) {
		this.arrivalWindows = windows.text();
	}

	public void replaceRequiredSkills(Collection<RequiredSkill> requiredSkills) {
		this.requiredSkills.clear();
		this.requiredSkills.addAll(requiredSkills);
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

	public String getPortalName() {
		return portalName == null ? name : portalName;
	}

	/** The default portal name as it was set, null when the portal shows the name. */
	String getDefaultPortalName() {
		return portalName;
	}

	Map<String, String> getPortalNames() {
		return Map.copyOf(portalNames);
	}

	public boolean isOnPortal() {
		return onPortal;
	}

	public Duration getDuration() {
		return Duration.ofMinutes(durationMinutes);
	}

	public int getCrewSize() {
		return crewSize;
	}

	public ArrivalWindows getArrivalWindows() {
		return ArrivalWindows.parse(arrivalWindows);
	}

	public Set<RequiredSkill> getRequiredSkills() {
		return Set.copyOf(requiredSkills);
	}

}
