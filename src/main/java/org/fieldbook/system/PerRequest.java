package org.fieldbook.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one request asks for several times (the signed-in customer, the settings row) is looked up once and kept
 * until the request ends ({@link PerRequestFilter}). Outside a request (jobs, a test calling a service) every call
 * looks up.
 */
public final class PerRequest {

	private static final ThreadLocal<Map<String, Object>> KEPT = new ThreadLocal<>();

	private PerRequest() {
	}

	/** The value kept under {@code key} during the current request, else what {@code lookUp} finds, kept unless null. */
	@SuppressWarnings("unchecked")
	public static <T> T once(String key, Supplier<T> lookUp) {
		Map<String, Object> kept = KEPT.get();
		if (kept == null) {
			return lookUp.get();
		}
		Object known = kept.get(key);
		if (known != null) {
			return (T) known;
		}
		T found = lookUp.get();
		if (found != null) {
			kept.put(key, found);
		}
		return found;
	}

	/** The current request looks {@code key} up again the next time it asks. */
	public static void forget(String key) {
		Map<String, Object> kept = KEPT.get();
		if (kept != null) {
			kept.remove(key);
		}
	}

	static void start() {
		KEPT.set(new HashMap<>());
	}

	static void end() {
		KEPT.remove();
	}

}
