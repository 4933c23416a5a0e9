package org.fieldbook.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares while a {@link Counting} is open, so that a test can show a
 * list costs the same number of statements for 5 rows as for 50 (no N+1). MockMvc runs the request on the test's
 * thread, so everything a screen or API call sends to PostgreSQL is counted. It also tracks how many pooled
 * connections the thread held at once: a request that needs a second connection while holding one can starve the
 * pool under load; and how often it took one from the pool (each transaction, and each statement outside one, takes
 * one).
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<Counting> COUNT = new ThreadLocal<>();

	/** The statements prepared on this thread from now until {@link #close()}. */
	public static final class Counting implements AutoCloseable {

		private final AtomicInteger count = new AtomicInteger();

		private final List<String> sql = new ArrayList<>();

		private int held;

		private int taken;

		private int mostHeld;

		private Counting() {
			COUNT.set(this);
		}

		public int statements() {
			return count.get();
		}

		/** The SQL of the statements prepared, in order: to say in a failed assertion what was sent. */
		public List<String> sql() {
			return List.copyOf(sql);
		}

		/** How many times this thread took a connection from the pool. */
		public int connections() {
			return taken;
		}

		/** The most connections this thread held at the same time. */
		public int mostConnectionsAtOnce() {
			return mostHeld;
		}

		private void opened() {
			taken++;
			mostHeld = Math.max(mostHeld, ++held);
		}

		private void closed() {
			held--;
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
			Counting holder = COUNT.get();
			if (holder != null) {
				holder.opened();
			}
			AtomicBoolean open = new AtomicBoolean(true);
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if (method.getName().equals("equals")) {
							return proxy == arguments[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						Counting counting = COUNT.get();
						if (counting != null && STATEMENTS.contains(method.getName())) {
							counting.count.incrementAndGet();
							counting.sql.add(arguments != null && arguments.length > 0 && arguments[0] instanceof String text
									? text.strip().replaceAll("\\s+", " ") : method.getName());
						}
						if (method.getName().equals("close") && holder != null && open.getAndSet(false)) {
							holder.closed();
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
