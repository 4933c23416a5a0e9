package org.fieldbook.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbook.support.DomainTables;
import org.fieldbook.support.ExampleCompany;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code --import=FILE} on a normal start imports the file before Fieldbook serves. */
@FieldbookIntegrationTest
class ImportOptionTest {

	@Autowired
	MasterDataImportCommand command;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	@BeforeEach
	void emptyDatabase() {
		DomainTables.truncate(jdbc);
	}

	@Test
	void importOptionImportsTheFile() throws Exception {
		Path file = Files.writeString(work.resolve("company.json"), ExampleCompany.json());

		command.run(new DefaultApplicationArguments("--import=" + file));

		assertThat(jdbc.queryForObject("SELECT count(*) FROM account", Long.class)).isEqualTo(1);
	}

	@Test
	void missingFileIsNamed() {
		Path missing = work.resolve("nowhere.json");

		assertThatThrownBy(() -> command.run(new DefaultApplicationArguments("--import=" + missing)))
			.isInstanceOf(MasterDataRejectedException.class)
			.hasMessageContaining("not found: " + missing.toAbsolutePath());
	}

}
