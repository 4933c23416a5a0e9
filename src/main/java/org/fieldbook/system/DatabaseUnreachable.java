package org.fieldbook.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.persistence.PersistenceException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Whether a failure means that no connection to PostgreSQL could be had, or that PostgreSQL dropped it: the pool
 * timed out, the connection was refused or broke (SQLState class 08), or the server is shutting down or starting
 * (57P01, 57P02, 57P03). Such a failure passes when PostgreSQL is back; any other one (a constraint, bad SQL, a bug)
 * does not, and is an error.
 */
public final class DatabaseUnreachable {

	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	/** Deeper than any real chain of causes; it only stops a chain that loops. */
	private static final int DEEPEST_CAUSE = 32;

	private DatabaseUnreachable() {
	}

	/** Whether the failure or any of its causes says so. */
	public static boolean causedBy(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
			if (unreachable(cause)) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}

	/**
	 * Whether the failure came from the database at all (a query, a transaction, a connection), of whatever kind: a
	 * rollback on a connection that PostgreSQL has just cut says only that it could not roll back.
	 */
	public static boolean fromDatabase(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof PersistenceException) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}

	private static boolean unreachable(Throwable cause) {
		if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
				|| cause instanceof SQLTransientConnectionException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			return sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState());
		}
		return false;
	}

}
