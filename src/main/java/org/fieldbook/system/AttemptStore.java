package org.fieldbook.system;

import java.time.Instant;

/**
 * Where {@link AttemptThrottle} keeps its failures: under keys of a fixed size (digests), each failure with its
 * instant. Kept in memory per node today ({@link InMemoryAttemptStore}); a store in the database lets several
 * nodes share the counts.
 */
public interface AttemptStore {

	/** The failures recorded under the key after {@code since} and not after {@code until}. */
	int count(String key, Instant since, Instant until);

	/** Records a failure; the store may forget failures older than the throttle's window. */
	void add(String key, Instant at);

}
