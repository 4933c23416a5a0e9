package org.fieldbook.system;

import java.time.Instant;

/**
 * Where {@link AttemptThrottle} keeps its failures: under keys of a fixed size (digests), each failure with its
 * instant. {@link JdbcAttemptStore} keeps them in PostgreSQL, so that every node counts the same.
 */
public interface AttemptStore {

	/** The failures recorded under the key after {@code since} and not after {@code until}. */
	int count(String key, Instant since, Instant until);

	/** Records a failure; the store may forget failures older than the throttle's window. */
	void add(String key, Instant at);

}
