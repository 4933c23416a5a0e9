package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "PostgreSQL cannot be reached for now" (503) and which are errors (500). */
class DatabaseUnreachableTest {

	private static final SQLTransientConnectionException POOL_TIMED_OUT = new SQLTransientConnectionException(
			"HikariPool-1 - Connection is not available, request timed out after 3000ms.");

	@Test
	void thePoolTimingOutIsUnreachable() {
		assertThat(DatabaseUnreachable.causedBy(POOL_TIMED_OUT)).isTrue();
		assertThat(DatabaseUnreachable.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMED_OUT)))
			.isTrue();
	}

	@Test
	void aRefusedOrBrokenConnectionIsUnreachable() {
		assertThat(DatabaseUnreachable.causedBy(new PSQLException("Connection to localhost:5432 refused.",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isTrue();
		assertThat(DatabaseUnreachable.causedBy(new PSQLException("An I/O error occurred while sending to the backend.",
				PSQLState.CONNECTION_FAILURE))).isTrue();
	}

	@Test
	void postgresqlShuttingDownOrStartingIsUnreachable() {
		assertThat(DatabaseUnreachable.causedBy(new SQLException("terminating connection due to administrator command", "57P01")))
			.isTrue();
		assertThat(DatabaseUnreachable.causedBy(new SQLException("terminating connection due to crash of another server process",
				"57P02"))).isTrue();
		assertThat(DatabaseUnreachable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	@Test
	void deepInTheCausesOfJpaCamundaAndTheServletItIsStillUnreachable() {
		CannotCreateTransactionException jpa = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new JDBCConnectionException("Unable to acquire JDBC Connection", POOL_TIMED_OUT));
		ProcessEngineException camunda = new ProcessEngineException("Could not open connection",
				new PersistenceException(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)));

		assertThat(DatabaseUnreachable.causedBy(jpa)).isTrue();
		assertThat(DatabaseUnreachable.causedBy(camunda)).isTrue();
		assertThat(DatabaseUnreachable.causedBy(new ServletException("Request processing failed", camunda))).isTrue();
	}

	@Test
	void otherDatabaseFailuresAreErrors() {
		assertThat(DatabaseUnreachable.causedBy(new DataIntegrityViolationException("duplicate key",
				new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION)))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new BadSqlGrammarException("query", "SELEC 1",
				new SQLException("syntax error", "42601")))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new QueryTimeoutException("canceled",
				new SQLException("canceling statement due to statement timeout", "57014")))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new SQLException("could not serialize access", "40001"))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new OptimisticLockingException("changed meanwhile"))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnreachable.causedBy(new SQLException("no state"))).isFalse();
	}

}
