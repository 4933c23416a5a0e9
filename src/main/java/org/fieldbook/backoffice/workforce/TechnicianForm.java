package org.fieldbook.backoffice.workforce;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.workforce.TechnicianAdministration.Absence;
import org.fieldbook.workforce.TechnicianAdministration.Change;
import org.fieldbook.workforce.TechnicianAdministration.Details;
import org.fieldbook.workforce.TechnicianAdministration.Period;
import org.fieldbook.workforce.TechnicianAdministration.Proficiency;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The technician's edit form. It works without script: each list comes with a few blank rows to add to, and a row
 * is removed by ticking its "remove" box; blank and removed rows are dropped before the change is checked.
 */
public class TechnicianForm {

	static final int BLANK_SKILLS = 2;

	static final int BLANK_HOURS = 3;

	static final int BLANK_TIME_OFF = 2;

	private String externalId;

	private String name;

	private boolean active = true;

	private String timeZone;

	private Double homeLat;

	private Double homeLon;

	private List<Long> territories = new ArrayList<>();

	private List<SkillRow> skills = new ArrayList<>();

	private List<HoursRow> hours = new ArrayList<>();

	private List<TimeOffRow> timeOff = new ArrayList<>();

	public static class SkillRow {

		private Long skill;

		private Integer level;

		private boolean remove;

		boolean isBlank() {
			return remove || skill == null && level == null;
		}

		public Long getSkill() {
			return skill;
		}

		public void setSkill(Long skill) {
			this.skill = skill;
		}

		public Integer getLevel() {
			return level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public static class HoursRow {

		private DayOfWeek day;

		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
		private LocalTime from;

		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
		private LocalTime to;

		private boolean remove;

		boolean isBlank() {
			return remove || day == null && from == null && to == null;
		}

		public DayOfWeek getDay() {
			return day;
		}

		public void setDay(DayOfWeek day) {
			this.day = day;
		}

		public LocalTime getFrom() {
			return from;
		}

		public void setFrom(LocalTime from) {
			this.from = from;
		}

		public LocalTime getTo() {
			return to;
		}

		public void setTo(LocalTime to) {
			this.to = to;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public static class TimeOffRow {

		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
		private LocalDateTime from;

		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
		private LocalDateTime to;

		private boolean remove;

		boolean isBlank() {
			return remove || from == null && to == null;
		}

		public LocalDateTime getFrom() {
			return from;
		}

		public void setFrom(LocalDateTime from) {
			this.from = from;
		}

		public LocalDateTime getTo() {
			return to;
		}

		public void setTo(LocalDateTime to) {
			this.to = to;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	static TechnicianForm of(Details technician) {
		TechnicianForm form = new TechnicianForm();
		form.externalId = technician.externalId();
		form.name = technician.name();
		form.active = technician.active();
		form.timeZone = technician.timeZone();
		form.homeLat = technician.homeLat();
		form.homeLon = technician.homeLon();
		form.territories = new ArrayList<>(technician.territories());
		for (Proficiency skill : technician.skills()) {
			SkillRow row = new SkillRow();
			row.skill = skill.skill();
			row.level = skill.level();
			form.skills.add(row);
		}
		for (Period period : technician.hours()) {
			HoursRow row = new HoursRow();
			row.day = period.day();
			row.from = period.from();
			row.to = period.to();
			form.hours.add(row);
		}
		for (Absence absence : technician.timeOff()) {
			TimeOffRow row = new TimeOffRow();
			row.from = absence.from();
			row.to = absence.to();
			form.timeOff.add(row);
		}
		return form;
	}

	/** Drops the blank and removed rows, so that the rows left are numbered as the change names them. */
	void compact() {
		skills.removeIf(SkillRow::isBlank);
		hours.removeIf(HoursRow::isBlank);
		timeOff.removeIf(TimeOffRow::isBlank);
	}

	/** Adds the blank rows to add to, for the form to show. */
	TechnicianForm withBlankRows() {
		for (int i = 0; i < BLANK_SKILLS; i++) {
			skills.add(new SkillRow());
		}
		for (int i = 0; i < BLANK_HOURS; i++) {
			hours.add(new HoursRow());
		}
		for (int i = 0; i < BLANK_TIME_OFF; i++) {
			timeOff.add(new TimeOffRow());
		}
		return this;
	}

	/** The change of this compacted form. */
	Change change() {
		return new Change(externalId, name, active, timeZone, homeLat, homeLon,
				skills.stream().map(row -> new Proficiency(row.skill, row.level)).toList(),
				hours.stream().map(row -> new Period(row.day, row.from, row.to)).toList(),
				timeOff.stream().map(row -> new Absence(row.from, row.to)).toList(),
				territories.stream().distinct().toList());
	}

	public String getExternalId() {
		return externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Double getHomeLat() {
		return homeLat;
	}

	public void setHomeLat(Double homeLat) {
		this.homeLat = homeLat;
	}

	public Double getHomeLon() {
		return homeLon;
	}

	public void setHomeLon(Double homeLon) {
		this.homeLon = homeLon;
	}

	public List<Long> getTerritories() {
		return territories;
	}

	public void setTerritories(List<Long> territories) {
		this.territories = territories;
	}

	public List<SkillRow> getSkills() {
		return skills;
	}

	public void setSkills(List<SkillRow> skills) {
		this.skills = skills;
	}

	public List<HoursRow> getHours() {
		return hours;
	}

	public void setHours(List<HoursRow> hours) {
		this.hours = hours;
	}

	public List<TimeOffRow> getTimeOff() {
		return timeOff;
	}

	public void setTimeOff(List<TimeOffRow> timeOff) {
		this.timeOff = timeOff;
	}

}
