package org.fieldbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
				"system", "waitlist", "web", "workforce");
	}

	@Test
	void readmeShowsTheModulesAsTheyAre() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		sortRelations();
		String picture = mermaid(MODULES);
		Files.writeString(DOCS.resolve("modules.mmd"), picture);

		assertThat(Files.readString(Path.of("README.md")))
			.as("README's module picture; copy it from docs/modules/modules.mmd")
			.contains("```mermaid\n" + picture + "```\n");
	}

	/** The Documenter writes a diagram's relations in no fixed order; sorted, the files change only when the modules do. */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				Iterator<String> sorted = lines.stream().filter(ModulesTest::isRelation).sorted().toList().iterator();
				Files.write(diagram, lines.stream().map(line -> isRelation(line) ? sorted.next() : line).toList());
			}
		}
	}

	private static boolean isRelation(String line) {
		return line.startsWith("Rel(");
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
