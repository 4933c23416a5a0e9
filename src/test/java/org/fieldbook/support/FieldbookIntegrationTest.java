package org.fieldbook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole of Fieldbook on a real, embedded PostgreSQL, with a real web server on a random port.
 * Every integration test uses exactly this configuration so that they all share one context. The application's
 * clock is a {@link TestClock}, back at its default instant after each test; its peers (SMTP, SMS API, OpenID
 * provider) are on the {@link TestPorts} of this JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPorts.Initializer.class)
@Import({ TestClockConfiguration.class, MockMvcSessions.class, ServiceWorlds.class, StatementCounter.class })
@ExtendWith(TestClockReset.class)
public @interface FieldbookIntegrationTest {

}
