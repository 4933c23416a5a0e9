package org.fieldbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; modules use one another's public API only and form no cycle. The module
 * documentation in {@code docs/modules} and the picture in README are written from the same model.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(FieldbookApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void modulesUseOnlyEachOthersApiWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void everyFeatureOfTheLayoutIsAModule() {
		assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("api", "backoffice",
				"booking", "customer", "invitation", "masterdata", "notification", "portal", "scheduling", "settings",
				"system", "web", "workforce");
	}

	@Test
	void readmeShowsTheModulesAsTheyAre() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		String picture = mermaid(MODULES);
		Files.writeString(DOCS.resolve("modules.mmd"), picture);

		assertThat(Files.readString(Path.of("README.md")))
			.as("README's module picture; copy it from docs/modules/modules.mmd")
			.contains("```mermaid\n" + picture + "```\n");
	}

	/** A Mermaid flowchart of the modules and their direct dependencies, in name order so that it is stable. */
	static String mermaid(ApplicationModules modules) {
		StringBuilder chart = new StringBuilder("flowchart TD\n");
		modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
			String uses = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.sorted()
				.collect(Collectors.joining(" & "));
			chart.append("  ").append(module.getName());
			if (!uses.isEmpty()) {
				chart.append(" --> ").append(uses);
			}
			chart.append('\n');
		});
		return chart.toString();
	}

}
