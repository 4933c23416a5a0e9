package org.fieldbook.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fieldbook.FieldbookApplication;

/** Runs Fieldbook's main class as a separate process, as a user would, and returns what it said. */
public final class FieldbookProcess {

	public record Result(int exitCode, String output) {
	}

	private FieldbookProcess() {
	}

	public static Result run(Path workDirectory, String... args) throws IOException, InterruptedException {
		Path output = Files.createTempFile(workDirectory, "fieldbook", ".log");
		// C1 only and the serial collector: a short run starts in about half the CPU time, beside a busy test JVM.
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				FieldbookApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("Fieldbook did not finish within 3 minutes:\n" + Files.readString(output));
		}
		return new Result(process.exitValue(), Files.readString(output));
	}

}
