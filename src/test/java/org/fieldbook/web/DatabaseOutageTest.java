package org.fieldbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.system.SecurityHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a client sees while PostgreSQL cannot be reached: the application's outage filter in front of Spring Session's
 * filter and the application's own DispatcherServlet, with the sessions (or a request's query) on a database that
 * refuses connections.
 */
@FieldbookIntegrationTest
class DatabaseOutageTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter;

	HikariDataSource unreachable;

	@BeforeEach
	void databaseThatRefusesConnections() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/fieldbook");
		config.setConnectionTimeout(250);
		config.setInitializationFailTimeout(-1);
		unreachable = new HikariDataSource(config);
	}

	@AfterEach
	void close() {
		unreachable.close();
	}

	@Test
	void aPageWhoseSessionCannotBeLoadedAnswersTheTryAgainPage() throws Exception {
		MockMvc outage = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(databaseOutageFilter.getFilter(), sessionsIn(unreachable))
			.build();

		outage.perform(get("/").cookie(sessionCookie()).header("Accept-Language", "de-CH, en;q=0.5"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString(
					"Fieldbook kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es gleich noch einmal.")))
			.andExpect(content().string(containsString("<html lang=\"de\" dir=\"ltr\">")));
	}

	@Test
	void anApiRequestWhoseQueryFindsNoConnectionAnswersAProblem() throws Exception {
		MockMvc outage = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(databaseOutageFilter.getFilter(), queryOn(unreachable))
			.build();

		String body = outage.perform(get("/api/v1/bookings"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.title").value("Service Unavailable"))
			.andExpect(jsonPath("$.detail").value("Fieldbook cannot reach its database for a moment. Please try again in a moment."))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Exception", "Hikari", "127.0.0.1", "SQL");
	}

	@Test
	void theEngineRestPathGetsAProblemBodyToo() throws Exception {
		MockMvc outage = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(databaseOutageFilter.getFilter(), queryOn(unreachable))
			.build();

		outage.perform(get("/engine-rest/process-definition"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType("application/problem+json"));
	}

	@Test
	void anyOtherFailureIsLeftToTheErrorPage() {
		MockMvc broken = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(databaseOutageFilter.getFilter(), (request, response, chain) -> {
				throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
			})
			.build();

		assertThatThrownBy(() -> broken.perform(get("/"))).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aFailedRollbackOnAConnectionThatPostgresCutAnswers503WhilePostgresDoesNotAnswer() throws Exception {
		RuntimeException failedRollback = new JpaSystemException(new PersistenceException(
				"Unable to rollback against JDBC Connection",
				new SQLException("Cannot rollback when autoCommit is enabled.", "25P01")));
		DatabaseOutageFilter outageFilter = new DatabaseOutageFilter(context, context.getBean(ObjectMapper.class),
				unreachable);
		MockMvc outage = MockMvcBuilders.webAppContextSetup(context).addFilters(outageFilter, (request, response, chain) -> {
			throw failedRollback;
		}).build();

		outage.perform(get("/api/v1/settings"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType("application/problem+json"));
		MockMvc reachable = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(databaseOutageFilter.getFilter(), (request, response, chain) -> {
				throw failedRollback;
			})
			.build();
		assertThatThrownBy(() -> reachable.perform(get("/api/v1/settings"))).isSameAs(failedRollback);
	}

	@Test
	void theApplicationsPoolGivesUpOnAConnectionAfterThreeSecondsAndChecksIdleOnes() throws Exception {
		HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);

		assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
		assertThat(pool.getValidationTimeout()).isEqualTo(1_000);
		assertThat(pool.getKeepaliveTime()).isEqualTo(60_000);
	}

	private static Filter sessionsIn(HikariDataSource database) {
		SessionRepositoryFilter<?> sessions = new SessionRepositoryFilter<>(
				new JdbcIndexedSessionRepository(new JdbcTemplate(database), TransactionOperations.withoutTransaction()));
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(cookie);
		sessions.setHttpSessionIdResolver(resolver);
		return sessions;
	}

	/** Whatever the request would do first, it runs a query, as every handler does. */
	private static Filter queryOn(HikariDataSource database) {
		return (request, response, chain) -> new JdbcTemplate(database).queryForObject("SELECT 1", Integer.class);
	}

	private static Cookie sessionCookie() {
		return new Cookie("JSESSIONID", Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
	}

}
