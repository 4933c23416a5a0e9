package org.fieldbook.system;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up writes that every node would make (the first admin, the demo company, moving old process instances)
 * are made by one node at a time: each in a transaction that first takes a PostgreSQL advisory lock, so a node that
 * starts at the same moment waits until the other has committed and then finds the work done.
 */
@Component
public class StartupLock {

	/** The advisory lock of Fieldbook's start-up: {@code "fldbkst1"} in ASCII, a number no other lock uses. */
	static final long KEY = 0x666c64626b737431L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	StartupLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Runs the work in a transaction of its own, the only one of any node under this lock until it ends. */
	public <T> T exclusively(Supplier<T> work) {
		return transaction.execute(status -> {
			jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", KEY);
			return work.get();
		});
	}

}
