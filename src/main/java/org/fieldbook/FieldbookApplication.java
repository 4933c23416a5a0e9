package org.fieldbook;

import java.util.Optional;
import java.util.TimeZone;

import org.fieldbook.system.StandaloneCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class FieldbookApplication {

	public static void main(String[] args) {
		// The engine reads cron timers on the JVM's clock: the daily reminder runs at 10:00 UTC, as documented.
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		Optional<StandaloneCommand> command = StandaloneCommand.invokedBy(args);
		if (command.isPresent()) {
			System.exit(command.get().run(FieldbookApplication.class, args));
		}
		SpringApplication.run(FieldbookApplication.class, args);
	}

}
