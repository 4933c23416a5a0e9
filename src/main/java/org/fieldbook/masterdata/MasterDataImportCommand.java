package org.fieldbook.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbook.system.StandaloneCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The master data import from the command line: {@code java -jar fieldbook.jar import FILE.json}, or
 * {@code --import=FILE.json} as an argument of a normal start (imports, then keeps running).
 */
@Component
public class MasterDataImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MasterDataImportCommand.class);

	static final String OPTION = "import";

	/** The engine REST API needs the web server that the command does without. */
	private static final String ENGINE_REST_API = "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

	private final MasterDataImporter importer;

	MasterDataImportCommand(MasterDataImporter importer) {
		this.importer = importer;
	}

	/** {@code import FILE.json}: runs Fieldbook without its web server, imports the file, exits 0, or 1 when rejected. */
	public static final class CommandLine implements StandaloneCommand {

		@Override
		public boolean isInvokedBy(String[] args) {
			return args.length >= 1 && OPTION.equals(args[0]);
		}

		@Override
		public int run(Class<?> application, String[] args) {
			return MasterDataImportCommand.run(application, args);
		}

	}

	static int run(Class<?> application, String[] args) {
		if (args.length < 2) {
			System.err.println("Usage: java -jar fieldbook.jar import FILE.json");
			return 2;
		}
		List<String> rest = Arrays.asList(args).subList(2, args.length);
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		String[] springArgs = concat(rest, "--" + OPTION + "=" + args[1], "--fieldbook.demo.enabled=false",
				"--fieldbook.embedded-database.stop-adopted=false", "--camunda.bpm.job-execution.enabled=false",
				"--spring.main.banner-mode=off", "--spring.autoconfigure.exclude=" + ENGINE_REST_API);
		try (ConfigurableApplicationContext context = app.run(springArgs)) {
			return 0;
		}
		catch (RuntimeException ex) {
			MasterDataRejectedException rejected = findRejection(ex);
			System.err.println(rejected != null ? rejected.getMessage() : "Import failed: " + ex.getMessage());
			return 1;
		}
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!args.containsOption(OPTION)) {
			return;
		}
		for (String file : args.getOptionValues(OPTION)) {
			Path path = Path.of(file);
			try (InputStream json = Files.newInputStream(path)) {
				log.info("Imported {}: {}", path, importer.importJson(json));
			}
			catch (NoSuchFileException ex) {
				throw new MasterDataRejectedException(new ImportProblem("file", null, "not found: " + path.toAbsolutePath()));
			}
		}
	}

	private static MasterDataRejectedException findRejection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MasterDataRejectedException rejected) {
				return rejected;
			}
		}
		return null;
	}

	private static String[] concat(List<String> args, String... more) {
		return Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new);
	}

}
