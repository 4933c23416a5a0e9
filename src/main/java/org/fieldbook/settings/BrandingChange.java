package org.fieldbook.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.fieldbook.settings.InvalidSettingsException.FieldProblem;

/**
 * A change of the display settings and content snippets (the settings' "Display" tab, the {@code display} section
 * of the API's PATCH). Each field is optional: null leaves that setting as it is. Values are stripped of surrounding
 * blanks; the limits are those of the columns of {@code portal_settings}; no field holds control characters (line
 * breaks neither).
 *
 * @param fontFamily      a CSS font list such as {@code "Open Sans", Arial, sans-serif}: letters, digits, blanks,
 *                        commas, quotes and hyphens, at most 100 characters
 * @param fontColor       the text colour, {@code #rrggbb}
 * @param backgroundColor the page colour, {@code #rrggbb}
 * @param accentColor     the colour of the header, links and buttons, {@code #rrggbb}
 * @param companyName     at most 200 characters, not blank
 * @param contactEmail    an email address, at most 254 characters
 * @param contactPhone    a phone number (digits, optionally a leading {@code +}, blanks, dots, hyphens, parentheses),
 *                        at most 30 characters
 * @param pageTitle       the heading of the portal's start page, at most 200 characters, not blank
 * @param pageFooter      the footer of every page and message, at most 500 characters, may be empty
 */
public record BrandingChange(String fontFamily, String fontColor, String backgroundColor, String accentColor,
		String companyName, String contactEmail, String contactPhone, String pageTitle, String pageFooter)
		implements SettingsChange {

	/** What a font-family may hold so that it cannot end its CSS declaration or an HTML attribute. */
	private static final Pattern FONT = Pattern.compile("[\\p{L}\\p{N} ,'\"-]+");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]*[0-9]");

	/** The branding as this change would make it, and the fields it names that are not acceptable. */
	public record Checked(Branding branding, List<FieldProblem> problems) {

		public Checked {
			problems = List.copyOf(problems);
		}

	}

	/** Every field as it is now: what {@code GET /api/v1/settings} answers in its {@code display} section. */
	public static BrandingChange of(Branding branding) {
		return new BrandingChange(branding.fontFamily(), branding.fontColor(), branding.backgroundColor(),
				branding.foregroundColor(), branding.companyName(), branding.contactEmail(), branding.contactPhone(),
				branding.pageTitle(), branding.pageFooter());
	}

	/**
	 * This change on top of {@code current}, written nowhere: each acceptable field it names applied, each other one
	 * left as it is and named in {@link Checked#problems()} (for a preview of the values being edited).
	 */
	public Checked check(Branding current) {
		List<FieldProblem> problems = new ArrayList<>();
		Branding checked = new Branding(
				text(problems, "fontFamily", fontFamily, current.fontFamily(), 100, false, FONT, "settings.invalid.font"),
				color(problems, "fontColor", fontColor, current.fontColor()),
				color(problems, "backgroundColor", backgroundColor, current.backgroundColor()),
				color(problems, "accentColor", accentColor, current.foregroundColor()),
				text(problems, "companyName", companyName, current.companyName(), 200, false, null, null),
				text(problems, "contactEmail", contactEmail, current.contactEmail(), 254, false, EMAIL, "settings.invalid.email"),
				text(problems, "contactPhone", contactPhone, current.contactPhone(), 30, false, PHONE, "settings.invalid.phone"),
				text(problems, "pageTitle", pageTitle, current.pageTitle(), 200, false, null, null),
				text(problems, "pageFooter", pageFooter, current.pageFooter(), 500, true, null, null),
				current.headerImage());
		return new Checked(checked, problems);
	}

	@Override
	public List<SettingChanged> applyTo(PortalSettings settings) {
		Branding before = settings.branding();
		Checked checked = check(before);
		if (!checked.problems().isEmpty()) {
			throw new InvalidSettingsException(checked.problems());
		}
		Branding after = checked.branding();
		List<SettingChanged> changed = new ArrayList<>();
		moved(changed, "fontFamily", before.fontFamily(), after.fontFamily(), settings::fontFamily);
		moved(changed, "fontColor", before.fontColor(), after.fontColor(), settings::fontColor);
		moved(changed, "backgroundColor", before.backgroundColor(), after.backgroundColor(), settings::backgroundColor);
		moved(changed, "accentColor", before.foregroundColor(), after.foregroundColor(), settings::foregroundColor);
		moved(changed, "companyName", before.companyName(), after.companyName(), settings::companyName);
		moved(changed, "contactEmail", before.contactEmail(), after.contactEmail(), settings::contactEmail);
		moved(changed, "contactPhone", before.contactPhone(), after.contactPhone(), settings::contactPhone);
		moved(changed, "pageTitle", before.pageTitle(), after.pageTitle(), settings::pageTitle);
		moved(changed, "pageFooter", before.pageFooter(), after.pageFooter(), settings::pageFooter);
		return List.copyOf(changed);
	}

	private static String color(List<FieldProblem> problems, String field, String value, String current) {
		if (value == null) {
			return current;
		}
		String color = value.strip().toLowerCase(Locale.ROOT);
		if (!COLOR.matcher(color).matches()) {
			problems.add(new FieldProblem(field, "settings.invalid.color"));
			return current;
		}
		return color;
	}

	private static String text(List<FieldProblem> problems, String field, String value, String current, int maxLength,
			boolean mayBeEmpty, Pattern format, String formatKey) {
		if (value == null) {
			return current;
		}
		String text = value.strip();
		if (text.isEmpty() && !mayBeEmpty) {
			problems.add(new FieldProblem(field, "settings.invalid.required"));
		}
		else if (text.chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem(field, "settings.invalid.control"));
		}
		else if (text.length() > maxLength) {
			problems.add(new FieldProblem(field, "settings.invalid.tooLong", maxLength));
		}
		else if (format != null && !format.matcher(text).matches()) {
			problems.add(new FieldProblem(field, formatKey));
		}
		else {
			return text;
		}
		return current;
	}

	private static void moved(List<SettingChanged> changed, String field, String old, String now, Consumer<String> write) {
		if (!now.equals(old)) {
			write.accept(now);
			changed.add(new SettingChanged(field, old, now));
		}
	}

}
