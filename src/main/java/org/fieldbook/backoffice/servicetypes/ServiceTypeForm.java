package org.fieldbook.backoffice.servicetypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Details;
import org.fieldbook.customer.Languages;

/**
 * The edit form of a service type: a portal name per language (blank: the default one shows, or the name for the
 * default itself), the arrival windows (blank: exact times) and a minimum level per skill (blank: not required). The
 * ranges and the windows are the booking module's to check.
 */
public class ServiceTypeForm {

	private boolean onPortal;

	private Map<String, String> portalNames = new LinkedHashMap<>();

	@NotNull
	private Integer durationMinutes;

	@NotNull
	private Integer crewSize;

	private String arrivalWindows;

	private Map<String, Integer> skills = new LinkedHashMap<>();

	static ServiceTypeForm of(Details details) {
		ServiceTypeForm form = new ServiceTypeForm();
		form.onPortal = details.onPortal();
		Languages.SUPPORTED.forEach(language -> form.portalNames.put(language, details.portalNames().get(language)));
		form.durationMinutes = details.durationMinutes();
		form.crewSize = details.crewSize();
		form.arrivalWindows = details.arrivalWindows();
		details.skills().forEach(skill -> form.skills.put(skill.skill(), skill.minLevel()));
		return form;
	}

	/**
	 * Every field, as the screen shows them all: a language left blank loses its name, arrival windows left blank are
	 * exact times, a skill left blank is not required.
	 */
	ServiceTypeAdministration.Change change() {
		Map<String, String> names = new LinkedHashMap<>();
		Languages.SUPPORTED.forEach(language -> names.put(language, portalNames.getOrDefault(language, "")));
		Map<String, Integer> levels = new LinkedHashMap<>();
		skills.forEach((skill, level) -> {
			if (level != null) {
				levels.put(skill, level);
			}
		});
		return new ServiceTypeAdministration.Change(onPortal, names, durationMinutes, crewSize,
				Objects.requireNonNullElse(arrivalWindows, ""), levels);
	}

	public boolean isOnPortal() {
		return onPortal;
	}

	public void setOnPortal(boolean onPortal) {
		this.onPortal = onPortal;
	}

	public Map<String, String> getPortalNames() {
		return portalNames;
	}

	public void setPortalNames(Map<String, String> portalNames) {
		this.portalNames = portalNames;
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public Integer getCrewSize() {
		return crewSize;
	}

	public void setCrewSize(Integer crewSize) {
		this.crewSize = crewSize;
	}

	public String getArrivalWindows() {
		return arrivalWindows;
	}

	public void setArrivalWindows(String arrivalWindows) {
		this.arrivalWindows = arrivalWindows;
	}

	public Map<String, Integer> getSkills() {
		return skills;
	}

	public void setSkills(Map<String, Integer> skills) {
		this.skills = skills;
	}

}
