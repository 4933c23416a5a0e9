package org.fieldbook.workforce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.fieldbook.system.ExternallyIdentified;

/** A bookable resource: a technician with skills, territories and working hours in its own time zone. */
@Entity
class Technician implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String name;

	private String timeZone;

	private double homeLat;

	private double homeLon;

	private boolean active = true;

	@ElementCollection
	@CollectionTable(name = "technician_skill", joinColumns = @JoinColumn(name = "technician_id"))
	private Set<SkillLevel> skills = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "technician_territory", joinColumns = @JoinColumn(name = "technician_id"))
	@Column(name = "territory_id")
	private Set<Long> territoryIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "technician_working_hours", joinColumns = @JoinColumn(name = "technician_id"))
	private List<WorkingHours> workingHours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "technician_time_off", joinColumns = @JoinColumn(name = "technician_id"))
	private List<TimeOff> timeOff = new ArrayList<>();

	protected Technician() {
	}

	public Technician(String externalId) {
		this.externalId = externalId;
	}

	public void describe(String name, ZoneId zone, double homeLat, double homeLon) {
		this.name = name;
		this.timeZone = zone.getId();
		this.homeLat = homeLat;
		this.homeLon = homeLon;
	}

	void activate(boolean active) {
		this.active = active;
	}

	public void replaceSkills(Collection<SkillLevel> skills) {
		this.skills.clear();
		this.skills.addAll(skills);
	}

	public void replaceTerritories(Collection<Long> territoryIds) {
		this.territoryIds.clear();
		this.territoryIds.addAll(territoryIds);
	}

	public void replaceWorkingHours(Collection<WorkingHours> workingHours) {
		this.workingHours.clear();
		this.workingHours.addAll(workingHours);
	}

	public void replaceTimeOff(Collection<TimeOff> timeOff) {
		this.timeOff.clear();
		this.timeOff.addAll(timeOff);
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

	public ZoneId getTimeZone() {
		return ZoneId.of(timeZone);
	}

	public double getHomeLat() {
		return homeLat;
	}

	public double getHomeLon() {
		return homeLon;
	}

	public boolean isActive() {
		return active;
	}

	public Set<SkillLevel> getSkills() {
		return Set.copyOf(skills);
	}

	public Set<Long> getTerritoryIds() {
		return Set.copyOf(territoryIds);
	}

	public List<WorkingHours> getWorkingHours() {
		return List.copyOf(workingHours);
	}

	public List<TimeOff> getTimeOff() {
		return List.copyOf(timeOff);
	}

}
