package org.fieldbook.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Stores a session only when something of it changed (an attribute, its id, its timeout) or when the last use
 * stored is {@link #LAST_USE_STEP} old: a page that changes nothing costs no write (no transaction, no commit to flush)
 * beyond one a minute. A session therefore ends after 29 to 30 minutes without use instead of exactly 30. Wraps
 * Spring Session's JDBC repository (SessionStoreConfiguration).
 */
final class SparseSessionWrites implements FindByIndexNameSessionRepository<SparseSessionWrites.Use> {

	static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> stored;

	@SuppressWarnings("unchecked")
	SparseSessionWrites(FindByIndexNameSessionRepository<? extends Session> stored) {
		this.stored = (FindByIndexNameSessionRepository<Session>) stored;
	}

	@Override
	public Use createSession() {
		return new Use(stored.createSession(), null);
	}

	@Override
	public void save(Use session) {
		if (session.needsWriting()) {
			stored.save(session.session);
		}
	}

	@Override
	public Use findById(String id) {
		Session session = stored.findById(id);
		return session == null ? null : new Use(session, session.getLastAccessedTime());
	}

	@Override
	public void deleteById(String id) {
		stored.deleteById(id);
	}

	@Override
	public Map<String, Use> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return stored.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					found -> new Use(found.getValue(), found.getValue().getLastAccessedTime())));
	}

	/** A session during one request: what it was stored with, and whether the request changed it. */
	static final class Use implements Session {

		private final Session session;

		/** Null for a session created by this request. */
		private final Instant storedLastUse;

		private boolean changed;

		private Use(Session session, Instant storedLastUse) {
			this.session = session;
			this.storedLastUse = storedLastUse;
		}

		private boolean needsWriting() {
			return storedLastUse == null || changed
					|| Duration.between(storedLastUse, session.getLastAccessedTime()).compareTo(LAST_USE_STEP) >= 0;
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			changed = true;
			session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			changed = true;
			session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = changed || !interval.equals(session.getMaxInactiveInterval());
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}

	}

}
