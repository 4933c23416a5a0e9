package org.fieldbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (README, "Architecture"): only the owning feature names a table in SQL (string literals and
 * text blocks of {@code src/main/java}) or maps it as an entity.
 */
class TableOwnershipTest {

	static final Map<String, String> OWNERS = owners();

	private static final Path MAIN = Path.of("src/main/java");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

	private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
			"\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE)\\s+(?:ONLY\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static Map<String, String> owners() {
		Map<String, String> owners = new LinkedHashMap<>();
		own(owners, "customer", "account", "account_contact", "contact", "customer_asset", "functional_location");
		own(owners, "workforce", "technician", "technician_skill", "technician_territory", "technician_time_off",
				"technician_working_hours", "territory", "skill", "workforce_change");
		own(owners, "booking", "booking", "booking_assignment", "work_order", "work_order_note", "service_type",
				"service_type_skill", "service_type_portal_name", "slot_search_outcome");
		own(owners, "invitation", "invitation", "portal_account", "portal_account_identity", "password_reset");
		own(owners, "notification", "notification", "portal_link_code");
		own(owners, "waitlist", "earlier_time_request", "earlier_time_offer");
		own(owners, "backoffice", "audit_entry");
		own(owners, "system", "sign_in_failure", "spring_session", "spring_session_attributes");
		own(owners, "settings", "portal_settings", "portal_settings_excluded_account",
				"portal_settings_excluded_service_type");
		return owners;
	}

	private static void own(Map<String, String> owners, String feature, String... tables) {
		for (String table : tables) {
			owners.put(table, feature);
		}
	}

	@Test
	void everyTableOfTheMigrationsHasOneOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher m = create.matcher(Files.readString(file));
				while (m.find()) {
					created.add(m.group(1).toLowerCase());
				}
			}
		}
		assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void sqlNamesOnlyTheTablesOfItsOwnPackage() throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String feature = feature(MAIN.relativize(file));
				for (String table : tablesNamedInSql(Files.readString(file))) {
					String owner = OWNERS.get(table);
					if (owner != null && !owner.equals(feature)) {
						violations.add(MAIN.relativize(file) + " names " + table + " (owner: " + owner + ")");
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void entitiesMapOnlyTheTablesOfTheirOwnPackage() {
		List<String> violations = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.fieldbook")) {
			String feature = type.getPackageName().replaceFirst("^org\\.fieldbook\\.?", "").split("\\.")[0];
			for (String table : mappedTables(type.reflect())) {
				String owner = OWNERS.get(table);
				if (!feature.equals(owner)) {
					violations.add(type.getName() + " maps " + table + " (owner: " + owner + ")");
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theScannerFindsTablesInStringsAndTextBlocksButNotInOtherCode() {
		String source = "class X { String a = \"SELECT id FROM booking b JOIN work_order w ON true\";\n"
				+ "String b = \"\"\"\n  UPDATE contact SET x = 1\"\"\"; void account() { from(contact); } }";
		assertThat(tablesNamedInSql(source)).containsExactlyInAnyOrder("booking", "work_order", "contact");
	}

	static Set<String> tablesNamedInSql(String source) {
		Set<String> tables = new TreeSet<>();
		Matcher literal = STRING.matcher(source);
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			Matcher table = TABLE_AFTER_KEYWORD.matcher(text);
			while (table.find()) {
				tables.add(table.group(1).toLowerCase());
			}
		}
		return tables;
	}

	private static List<String> mappedTables(Class<?> type) {
		List<String> tables = new ArrayList<>();
		if (type.isAnnotationPresent(Entity.class)) {
			Table table = type.getAnnotation(Table.class);
			tables.add(table != null && !table.name().isEmpty() ? table.name() : snakeCase(type.getSimpleName()));
		}
		for (var field : type.getDeclaredFields()) {
			CollectionTable collection = field.getAnnotation(CollectionTable.class);
			if (collection != null) {
				tables.add(collection.name());
			}
			JoinTable join = field.getAnnotation(JoinTable.class);
			if (join != null) {
				tables.add(join.name());
			}
		}
		return tables;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	private static String feature(Path relative) {
		// org/fieldbook/<feature>/...
		return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
	}

}
