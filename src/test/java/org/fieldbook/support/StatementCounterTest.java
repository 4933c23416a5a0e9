package org.fieldbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counter the no-N+1 tests rely on sees every statement of the thread, and only while it counts. */
@FieldbookIntegrationTest
class StatementCounterTest {

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsTheStatementsOfThisThreadWhileCounting() {
		try (StatementCounter.Counting counting = counter.start()) {
			for (int n = 0; n < 3; n++) {
				jdbc.queryForObject("SELECT count(*) FROM service_type WHERE id > ?", Long.class, n);
			}
			jdbc.queryForObject("SELECT 1", Integer.class);
			assertThat(counting.statements()).isEqualTo(4);
		}
		try (StatementCounter.Counting counting = counter.start()) {
			assertThat(counting.statements()).isZero();
		}
	}

}
