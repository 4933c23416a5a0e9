package org.fieldbook.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.settings.InvalidSettingsException.FieldProblem;
import org.junit.jupiter.api.Test;

/** What the display settings accept: colours as #rrggbb, the lengths of the columns, a safe font list. */
class BrandingChangeTest {

	private static final Branding SAVED = new Branding("system-ui, sans-serif", "#1f2933", "#ffffff", "#0b5cad",
			"Fieldbook Services", "service@example.com", "+13125550199", "Book your service visit", "Questions?", false);

	@Test
	void aFieldNotNamedKeepsItsValueAndNamedOnesAreStrippedAndLowerCased() {
		BrandingChange.Checked checked = new BrandingChange(null, " #ABCDEF ", null, null, "  Northwind  ", null, null, null,
				"").check(SAVED);

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.branding()).isEqualTo(new Branding("system-ui, sans-serif", "#abcdef", "#ffffff", "#0b5cad",
				"Northwind", "service@example.com", "+13125550199", "Book your service visit", "", false));
	}

	@Test
	void aFontThatCouldEndItsDeclarationIsRefused() {
		assertThat(problem(new BrandingChange("Arial; color: red", null, null, null, null, null, null, null, null)))
			.isEqualTo("fontFamily settings.invalid.font");
		assertThat(problem(new BrandingChange("x</style><script>", null, null, null, null, null, null, null, null)))
			.contains("settings.invalid.font");
		assertThat(new BrandingChange("\"Open Sans\", Arial, sans-serif", null, null, null, null, null, null, null, null)
			.check(SAVED)
			.problems()).isEmpty();
	}

	@Test
	void eachColourIsSixHexadecimalDigits() {
		assertThat(problem(new BrandingChange(null, "#fff", null, null, null, null, null, null, null))).contains("fontColor");
		assertThat(problem(new BrandingChange(null, null, "white", null, null, null, null, null, null))).contains("backgroundColor");
		assertThat(problem(new BrandingChange(null, null, null, "#0b5cad;", null, null, null, null, null))).contains("accentColor");
	}

	@Test
	void snippetsKeepToTheirColumnsAndFormats() {
		assertThat(problem(new BrandingChange(null, null, null, null, "x".repeat(201), null, null, null, null)))
			.contains("companyName", "settings.invalid.tooLong");
		assertThat(new BrandingChange(null, null, null, null, "x".repeat(200), null, null, null, null).check(SAVED).problems())
			.isEmpty();
		assertThat(problem(new BrandingChange(null, null, null, null, null, "a@b", null, null, null))).contains("contactEmail");
		assertThat(problem(new BrandingChange(null, null, null, null, null, null, "+1 (312) 555-0199 ext", null, null)))
			.contains("contactPhone");
		assertThat(new BrandingChange(null, null, null, null, null, null, "+1 (312) 555-0199", null, null).check(SAVED)
			.problems()).isEmpty();
		assertThat(problem(new BrandingChange(null, null, null, null, null, null, null, "Book\nnow", null))).contains("pageTitle",
				"settings.invalid.control");
		assertThat(problem(new BrandingChange(null, null, null, null, null, null, null, null, "x".repeat(501))))
			.contains("pageFooter");
	}

	@Test
	void everyRefusedFieldIsNamedAndTheOthersApplied() {
		BrandingChange.Checked checked = new BrandingChange(null, "red", null, null, "Northwind", "nobody", null, null, null)
			.check(SAVED);

		assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("fontColor", "contactEmail");
		assertThat(checked.branding().companyName()).isEqualTo("Northwind");
		assertThat(checked.branding().fontColor()).isEqualTo("#1f2933");
	}

	/** The one problem of the change: its field and message key. */
	private static String problem(BrandingChange change) {
		assertThat(change.check(SAVED).problems()).hasSize(1);
		FieldProblem problem = change.check(SAVED).problems().get(0);
		return problem.field() + " " + problem.messageKey();
	}

}
