package org.fieldbook.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock: everything that asks what time it is asks this bean, so tests can fix it. The
 * engine reads the system time too (see {@link EngineClock}), so in production both agree.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
