package org.fieldbook.backoffice.workforce;

/** The edit form of a territory or a skill; a skill has no time zone. */
public class RecordForm {

	private String externalId;

	private String name;

	private String timeZone;

	private boolean active = true;

	static RecordForm of(String externalId, String name, String timeZone, boolean active) {
		RecordForm form = new RecordForm();
		form.externalId = externalId;
		form.name = name;
		form.timeZone = timeZone;
		form.active = active;
		return form;
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

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone == null || timeZone.isEmpty() ? null : timeZone;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
