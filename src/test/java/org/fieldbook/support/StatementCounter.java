package org.fieldbook.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares while a {@link Counting} is open, so that a test can show a
 * list costs the same number of statements for 5 rows as for 50 (no N+1). MockMvc runs the request on the test's
 * thread, so everything a screen or API call sends to PostgreSQL is counted.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

	/** The statements prepared on this thread from now until {@link #close()}. */
	public static final class Counting implements AutoCloseable {

		private final AtomicInteger count = new AtomicInteger();

		private Counting() {
			COUNT.set(count);
		}

		public int statements() {
			return count.get();
		}

		@Override
		public void close() {
			COUNT.remove();
		}

	}

	public Counting start() {
		return new Counting();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counted)) {
			return new Counted(dataSource);
		}
		return bean;
	}

	private static final class Counted extends DelegatingDataSource {

		Counted(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().equals("equals")) {
							return proxy == arguments[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						AtomicInteger count = COUNT.get();
						if (count != null && STATEMENTS.contains(method.getName())) {
							count.incrementAndGet();
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException failed) {
							throw failed.getCause();
						}
					});
		}

	}

}
