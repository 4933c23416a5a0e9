package org.fieldbook.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The engine creates or updates its tables ({@code schema-update}) without a lock of its own: two nodes starting
 * at once on an empty database would both create them, and one would fail. So each node builds its engine holding
 * the start-up lock ({@link StartupLock#KEY}) on a connection of its own, from before the schema check until the
 * engine is built; the other waits and then finds the tables.
 */
@Component
class EngineStartLock extends AbstractProcessEnginePlugin {

	private final DataSource dataSource;

	private Connection held;

	EngineStartLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		held = DataSourceUtils.getConnection(dataSource);
		run("SELECT pg_advisory_lock(" + StartupLock.KEY + ")");
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		try {
			run("SELECT pg_advisory_unlock(" + StartupLock.KEY + ")");
		}
		finally {
			DataSourceUtils.releaseConnection(held, dataSource);
			held = null;
		}
	}

	private void run(String sql) {
		try (Statement statement = held.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The start-up lock could not be taken or released", ex);
		}
	}

}
