package org.fieldbook.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.fieldbook.fuzz.FuzzRequest.Param;

/**
 * What only a real servlet container sees: path traversal and encoded slashes in ids, raw CR and LF in the request
 * line and headers, foreign {@code Host} and forwarded headers, oversized headers, queries and cookies, odd methods
 * and versions, broken body framing, form bodies with bad encodings, and the pages' own requests sent over the wire.
 */
final class WireRequests implements FuzzRun.Requests {

	private static final List<String> PATHS = List.of("/bookings/%s", "/bookings/%s/reschedule", "/b/%s", "/b/%s/cancel",
			"/invitation/%s", "/password-reset/%s", "/admin/notifications/%s", "/admin/links/%s/extend",
			"/api/v1/bookings/%s/complete", "/api/v1/contacts/%s/invitation", "/%s", "/admin/%s", "/css/%s", "/api/v1/%s",
			"/branding/%s", "/%s/admin", "/%s/api/v1/slot-search", "/actuator/%s");

	private static final List<String> TRAVERSALS = List.of("..%2f..%2fadmin", "%2e%2e%2f%2e%2e%2fadmin", "..;/admin", "%2F",
			"a%2Fb", "%00", "%c0%ae%c0%ae%2f", "%252e%252e%252f", "..\\..\\admin", "%5c..%5cadmin", ".%2e/", "%2e", "..", ".",
			"", "//", ";jsessionid=x", "%zz", "%", "%u002e", "..%00/", "%ef%bc%8f", "%e2%80%ae", "\u00e9", "%0d%0aX:%20y",
			"%0a", "{x}", "%7Bx%7D", "?x=%zz", "#frag", "%ff%fe", "..%252f", "./.././", "%2e%2e;%2f", "\u202e", "~root");

	private static final List<String> REDIRECTING = List.of("/invitation?code=abc", "/admin", "/bookings", "/schedule",
			"/admin/notifications", "/profile");

	private static final List<String> HOSTS = List.of("evil.example", "evil.example:80", "", "localhost:1@evil.example",
			"[::1]", "evil.example\t", "localhost:99999", "a".repeat(10_000), "evil.example, localhost", "localhost\u0000");

	private final FuzzWorld world;

	private final Wire wire;

	private final WireSessions sessions;

	private final List<FuzzRun.Requests> pages;

	WireRequests(FuzzWorld world, Wire wire, WireSessions sessions) {
		this.world = world;
		this.wire = wire;
		this.sessions = sessions;
		this.pages = List.of(new PortalRequests(world), new BackOfficeRequests(world), new ApiRequests(world));
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		return switch (random.nextInt(20)) {
			case 0, 1, 2, 3, 4, 5 -> Hostile.pick(random, pages).next(random);
			case 6, 7 -> traversal(random);
			case 8 -> raw("CR/LF in the request line", (Hostile.pick(random, List.of("GET", "POST")) + " /invitation?code=a"
					+ Hostile.pick(random, List.of("\r\nX-Injected: 1", "\n", "\r", "\u0000", "\r\n\r\n")) + " HTTP/1.1\r\nHost: "
					+ wire.origin() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			case 9 -> raw("CR/LF in a header", ("GET /login HTTP/1.1\r\nHost: " + wire.origin() + "\r\n"
					+ Hostile.pick(random, List.of("X-Test: a\nInjected: b", "X Bad: 1", ": no name", "X-Test: a\rb", "X-Test:\u0000",
							"Accept-Language: ar\r\n ,he", "X-Test: \u00e9\u202e", "Cookie: a=b\nSet-Cookie: c=d"))
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			case 10 -> forwarded(random, "Host", Hostile.pick(random, HOSTS));
			case 11 -> forwarded(random, Hostile.pick(random, List.of("X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
					"X-Forwarded-Prefix", "Forwarded", "X-Forwarded-For")), Hostile.pick(random, List.of("evil.example", "gopher",
							"abc", "99999", "-1", "//evil.example", "for=evil;host=evil.example", "https", "evil.example:443",
							"1.2.3.4, evil", "\u0000")));
			case 12 -> oversized(random);
			case 13 -> raw("request line", (Hostile.pick(random, List.of("TRACE / HTTP/1.1", "GET / HTTP/1.0", "GET / HTTP/9.9",
					"get / HTTP/1.1", "GET  /  HTTP/1.1", "GET http://evil.example/admin HTTP/1.1", "GET * HTTP/1.1", "OPTIONS * HTTP/1.1",
					"CONNECT " + wire.origin() + " HTTP/1.1", "GET /\u00e9 HTTP/1.1", "GET / HTTP/1.1 extra", "GET", "PRI * HTTP/2.0",
					"GET /?" + "a=1&".repeat(20_000) + " HTTP/1.1", "\r\nGET / HTTP/1.1")) + "\r\nHost: " + wire.origin()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			case 14 -> framing(random);
			case 15 -> formEncoding(random);
			case 16 -> extendLink(random);
			case 17 -> raw("Authorization on the API", wire.request("POST", "/api/v1/slot-search", List.of(new Param("Authorization",
					Hostile.pick(random, List.of("Basic !!!", "Basic ", "Bearer x", "Digest x", "Basic " + "A".repeat(Hostile.LONG),
							"Basic " + Base64.getEncoder().encodeToString((FuzzWorld.strangerName(Hostile.any(random)) + ":"
									+ Hostile.any(random)).getBytes(StandardCharsets.UTF_8)), "Basic Og==", "Basic OjpfOjo=",
							"basic " + "eA=="))), new Param("Content-Type", "application/json")),
					"{\"serviceType\":\"boiler-service\",\"account\":\"acc-fuzz\"}".getBytes(StandardCharsets.UTF_8)));
			case 18 -> raw("cookies and languages", wire.request("GET", Hostile.pick(random, List.of("/", "/schedule", "/admin", "/login")),
					List.of(new Param(random.nextBoolean() ? "Cookie" : "Accept-Language", Hostile.pick(random, List.of(
							"JSESSIONID=" + Hostile.any(random).replaceAll("[\r\n]", ""), "JSESSIONID=a; JSESSIONID=b",
							"a=" + "b".repeat(Hostile.LONG), "*;q=abc", "xx-XX-u-nu-arab", "ar;q=2", ";;;", "=", "$Version=1; a=b")))),
					null));
			default -> engineAndActuator(random);
		};
	}

	private FuzzRequest traversal(SplittableRandom random) {
		String template = Hostile.pick(random, PATHS);
		String path = template.formatted(Hostile.pick(random, TRAVERSALS));
		boolean post = random.nextBoolean();
		WireSessions.Session session = Hostile.pick(random, List.of(sessions.anonymous, sessions.customer, sessions.admin));
		List<Param> headers = new ArrayList<>(List.of(session.cookieHeader()));
		byte[] body = null;
		if (post) {
			headers.add(new Param("Content-Type", "application/x-www-form-urlencoded"));
			body = WireSessions.formBody(Map.of("_csrf", session.csrf(), "reference", world.references.get(0)));
		}
		return raw("traversal " + (post ? "POST " : "GET ") + template.replace("%s", "{id}"),
				wire.request(post ? "POST" : "GET", path, headers, body));
	}

	private FuzzRequest forwarded(SplittableRandom random, String header, String value) {
		String target = Hostile.pick(random, REDIRECTING);
		List<Param> headers = new ArrayList<>(List.of(new Param(header, value)));
		if (random.nextBoolean()) {
			headers.add(sessions.customer.cookieHeader());
		}
		return raw(header + " " + target, wire.request("GET", target, headers, null));
	}

	private FuzzRequest oversized(SplittableRandom random) {
		String big = Hostile.pick(random, List.of("a".repeat(Hostile.LONG), "a".repeat(9_000), "\u00e9".repeat(Hostile.LONG / 2)));
		return switch (random.nextInt(5)) {
			case 0 -> raw("oversized header", wire.request("GET", "/", List.of(new Param("X-Big", big)), null));
			case 1 -> {
				List<Param> many = new ArrayList<>();
				for (int i = 0; i < 300; i++) {
					many.add(new Param("X-Many-" + i, Integer.toString(i)));
				}
				yield raw("300 headers", wire.request("GET", "/login", many, null));
			}
			case 2 -> raw("oversized query", wire.request("GET", "/schedule?account=" + big, List.of(sessions.customer.cookieHeader()), null));
			case 3 -> raw("oversized path", wire.request("GET", "/b/" + big, List.of(), null));
			default -> raw("oversized cookie", wire.request("GET", "/bookings", List.of(new Param("Cookie",
					sessions.customer.cookie() + "; big=" + big)), null));
		};
	}

	private FuzzRequest framing(SplittableRandom random) {
		String form = "email=a%40example.com&_csrf=" + sessions.anonymous.csrf();
		List<Param> headers = new ArrayList<>(List.of(sessions.anonymous.cookieHeader(),
				new Param("Content-Type", "application/x-www-form-urlencoded")));
		String body = switch (random.nextInt(6)) {
			case 0 -> {
				headers.add(new Param("Transfer-Encoding", "chunked"));
				yield Hostile.pick(random, List.of("zz\r\n" + form + "\r\n0\r\n\r\n", "-1\r\n\r\n", "ffffffffffffffff\r\nx\r\n0\r\n\r\n",
						Integer.toHexString(form.length()) + "\r\n" + form + "\r\n0\r\n\r\n"));
			}
			case 1 -> {
				headers.add(new Param("Content-Length", Hostile.pick(random, List.of("-1", "abc", "1, 2", "+5", "99999999999999999999"))));
				yield form;
			}
			case 2 -> {
				headers.add(new Param("Content-Length", "5"));
				headers.add(new Param("Transfer-Encoding", "chunked"));
				yield "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: " + wire.origin() + "\r\n\r\n";
			}
			case 3 -> {
				headers.add(new Param("Content-Length", "3"));
				yield form;
			}
			case 4 -> {
				headers.add(new Param("Expect", Hostile.pick(random, List.of("100-continue", "nonsense"))));
				yield form;
			}
			default -> {
				headers.add(new Param("Content-Encoding", Hostile.pick(random, List.of("gzip", "br", "nonsense"))));
				yield form;
			}
		};
		return raw("body framing POST /password-reset", wire.request("POST", "/password-reset", headers, body.getBytes(StandardCharsets.UTF_8)));
	}

	/** A real form posted as the signed-in customer, its body badly encoded. */
	private FuzzRequest formEncoding(SplittableRandom random) {
		String field = Hostile.pick(random, List.of("%00", "%0D%0A", "%zz", "%", "a%2", "%C3%28", "%FF%FE", "%u0041",
				"a".repeat(Hostile.LONG), "%E2%80%AE", "+%2B+", "a=b=c", "&&&", "%F0%9F%98%80"));
		String body = Hostile.pick(random, List.of("firstName=" + field + "&lastName=Fuzz&language=en",
				"account=" + field + "&serviceType=boiler-service&slot=" + field + "&details=" + field, field, "=" + field,
				"x".repeat(3_000_000)));
		String form = Hostile.pick(random, List.of("/profile", "/schedule"));
		String type = Hostile.pick(random, List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=nope",
				"application/x-www-form-urlencoded; charset=UTF-16", "multipart/form-data; boundary=" + field,
				"multipart/form-data", "text/plain"));
		return raw("form body POST " + form, wire.request("POST", form + "?_csrf=" + sessions.customer.csrf(),
				List.of(sessions.customer.cookieHeader(), new Param("Content-Type", type)), body.getBytes(StandardCharsets.UTF_8)));
	}

	/** The back office's "extend" with a reference that ends up in the redirect: very long, a URI template, CR/LF. */
	private FuzzRequest extendLink(SplittableRandom random) {
		String reference = Hostile.pick(random, List.of("x".repeat(Hostile.LONG), "{x}", "a\r\nb", "%0d%0a", world.references.get(0),
				Hostile.any(random)));
		WireSessions.Session staff = random.nextBoolean() ? sessions.admin : sessions.dispatcher;
		return raw("form body POST /admin/links/{id}/extend", wire.request("POST", "/admin/links/" + world.linkId + "/extend",
				List.of(staff.cookieHeader(), new Param("Content-Type", "application/x-www-form-urlencoded")), WireSessions.formBody(
						Map.of("reference", reference, "days", Hostile.pick(random, List.of("0", "7", "91", "x")), "_csrf", staff.csrf()))));
	}

	/**
	 * The engine's REST API and the actuator, anonymously: never with a staff user's name. (The Camunda webapps under
	 * {@code /camunda} answer in their own format, which names exception types, and are left out.)
	 */
	private FuzzRequest engineAndActuator(SplittableRandom random) {
		String base = Hostile.pick(random, List.of("/engine-rest/", "/engine-rest/engine/default/", "/actuator/", "/actuator/health/"));
		String rest = Hostile.pick(random, List.of(Hostile.pick(random, TRAVERSALS), "process-definition?firstResult=-1", "x",
				"deployment/create", "health", "%00", "user", "task?maxResults=" + Hostile.pick(random, Hostile.NUMBERS)));
		return raw("GET " + base + "…", wire.request("GET", base + rest.replace(" ", "%20"), List.of(), null));
	}

	private static FuzzRequest raw(String label, byte[] request) {
		return FuzzRequest.raw(label, request);
	}

}
