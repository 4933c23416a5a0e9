package org.fieldbook.system;

import java.util.List;
import java.util.Optional;

import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A command that runs Fieldbook for one job and exits instead of serving ({@code java -jar fieldbook.jar import FILE}).
 * Commands are listed in {@code META-INF/spring.factories}, so the application class needs to know none of them.
 */
public interface StandaloneCommand {

	/** Whether the command line asks for this command. */
	boolean isInvokedBy(String[] args);

	/** Runs the command and returns the process exit code. */
	int run(Class<?> application, String[] args);

	static Optional<StandaloneCommand> invokedBy(String[] args) {
		List<StandaloneCommand> commands = SpringFactoriesLoader.loadFactories(StandaloneCommand.class,
				StandaloneCommand.class.getClassLoader());
		return commands.stream().filter(command -> command.isInvokedBy(args)).findFirst();
	}

}
