package org.fieldbook.backoffice.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.GeneralSettingsChange;
import org.fieldbook.settings.SelfSchedulingChange;
import org.fieldbook.settings.SettingsChange;

/**
 * The body of {@code PATCH /api/v1/settings}: one optional section per tab, each a {@link SettingsChange} that
 * changes only the fields it names. A tab that comes adds its section here, to {@link #SECTIONS} and to
 * {@link SettingsApiController.SettingsDocument}.
 */
record SettingsPatch(GeneralSettingsChange general, SelfSchedulingChange selfScheduling, BrandingChange display) {

	/** The sections by their name in the JSON document. */
	static final Map<String, Class<? extends Record>> SECTIONS = Map.of("general", GeneralSettingsChange.class,
			"selfScheduling", SelfSchedulingChange.class, "display", BrandingChange.class);

	List<SettingsChange> changes() {
		return Stream.<SettingsChange>of(general, selfScheduling, display).filter(Objects::nonNull).toList();
	}

	boolean namesPasswordSignIn() {
		return general != null && general.passwordSignIn() != null;
	}

	/** The path of a field in the document, such as {@code selfScheduling.minimumLeadDays}. */
	static String path(String field) {
		return SECTIONS.entrySet()
			.stream()
			.filter(section -> Arrays.stream(section.getValue().getRecordComponents())
				.anyMatch(component -> component.getName().equals(field)))
			.map(section -> section.getKey() + "." + field)
			.findFirst()
			.orElse(field);
	}

}
