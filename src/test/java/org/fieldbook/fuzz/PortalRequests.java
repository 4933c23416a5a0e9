package org.fieldbook.fuzz;

import static org.fieldbook.fuzz.WebOddities.maybe;
import static org.fieldbook.fuzz.WebOddities.mostly;

import java.util.List;
import java.util.SplittableRandom;

import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;

/**
 * Every page and form of the customer portal with each of its parameters and path variables valid, bent or hostile:
 * signed-in pages mostly as the fuzzer's customer, public ones mostly anonymously. Sign-ins only ever fail for
 * strangers, so that no real account is throttled.
 */
final class PortalRequests implements FuzzRun.Requests {

	private static final List<String> SERVICE_TYPES = List.of(ServiceWorld.SERVICE_TYPE, FuzzWorld.HIDDEN_SERVICE_TYPE);

	private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "ar", "he");

	private final FuzzWorld world;

	PortalRequests(FuzzWorld world) {
		this.world = world;
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		return WebOddities.add(request(random), random);
	}

	private FuzzRequest request(SplittableRandom random) {
		String reference = Hostile.pick(random, world.references);
		return switch (random.nextInt(30)) {
			case 0, 1, 2 -> schedule(FuzzRequest.of("GET", "/schedule"), random);
			case 3, 4, 5 -> schedule(FuzzRequest.of("POST", "/schedule"), random);
			case 6 -> customer(FuzzRequest.of("GET", "/profile"), random);
			case 7, 8 -> profile(customer(FuzzRequest.of("POST", "/profile"), random), random);
			case 9 -> customer(FuzzRequest.of("GET", "/bookings"), random);
			case 10 -> customer(FuzzRequest.of("GET", "/bookings/{reference}", Hostile.orValid(reference, random)), random);
			case 11 -> customer(FuzzRequest.of("POST", "/bookings/{reference}/cancel", rarelyValid(world.references.get(2), random)), random);
			case 12 -> date(customer(FuzzRequest.of("GET", "/bookings/{reference}/reschedule", Hostile.orValid(reference, random)), random), random);
			case 13 -> slot(customer(FuzzRequest.of("POST", "/bookings/{reference}/reschedule", Hostile.orValid(reference, random)), random), random);
			case 14 -> anyone(FuzzRequest.of("GET", "/b/{code}", Hostile.orValid(world.linkCode, random)), random);
			case 15 -> anyone(FuzzRequest.of("POST", "/b/{code}/cancel", rarelyValid(world.linkCode, random)), random);
			case 16 -> date(anyone(FuzzRequest.of("GET", "/b/{code}/reschedule", Hostile.orValid(world.linkCode, random)), random), random);
			case 17 -> slot(anyone(FuzzRequest.of("POST", "/b/{code}/reschedule", Hostile.orValid(world.linkCode, random)), random), random);
			case 18 -> anyone(FuzzRequest.of("GET", "/invitation"), random).param("code", Hostile.any(random));
			case 19 -> anyone(FuzzRequest.of("GET", "/invitation/{code}", Hostile.any(random)), random);
			case 20 -> passwords(anyone(FuzzRequest.of("POST", "/invitation/{code}", Hostile.any(random)), random), random);
			case 21 -> anyone(FuzzRequest.of("POST", "/password-reset"), random)
				.param("email", rarelyValid(FuzzWorld.CUSTOMER_EMAIL, random));
			case 22 -> anyone(FuzzRequest.of("GET", "/password-reset/{token}", Hostile.any(random)), random);
			case 23 -> passwords(anyone(FuzzRequest.of("POST", "/password-reset/{token}", Hostile.any(random)), random), random);
			case 24 -> random.nextBoolean() ? signIn(random) : anyone(FuzzRequest.of("GET", "/login"), random);
			case 25 -> anyone(FuzzRequest.of("GET", Hostile.pick(random, List.of("/", "/login", "/password-reset", "/branding.css",
					"/branding/header-image", "/favicon.ico"))), random).param(Hostile.pick(random, List.of("error", "signedOut",
							"throttled", "sent", "x")), Hostile.any(random));
			case 26 -> anyone(FuzzRequest.of("GET", "/{path}", Hostile.any(random)), random);
			case 27 -> anyone(FuzzRequest.of(Hostile.pick(random, List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "PROPFIND")),
					Hostile.pick(random, List.of("/schedule", "/profile", "/bookings/{reference}", "/b/{code}")), reference), random);
			case 28 -> FuzzRequest.of("POST", "/logout");
			default -> customer(FuzzRequest.of("GET", "/bookings/{reference}", Hostile.near(reference, random)), random);
		};
	}

	/** A customer's sign-in that fails: a password hash is checked each time, which is slow, hence one in sixty. */
	private static FuzzRequest signIn(SplittableRandom random) {
		return FuzzRequest.of("POST", "/login").param("username", FuzzWorld.strangerName(Hostile.forField("username", random)))
			.param("password", Hostile.any(random));
	}

	private FuzzRequest schedule(FuzzRequest request, SplittableRandom random) {
		customer(request, random);
		maybe(request, "account", FuzzWorld.ACCOUNT, random);
		maybe(request, "asset", FuzzWorld.ASSET, random);
		if (random.nextInt(3) != 0) {
			request.param("serviceType", Hostile.oneOf(random, SERVICE_TYPES));
		}
		maybe(request, "date", Hostile.pick(random, world.dates), random);
		if (request.method.equals("POST")) {
			slot(request, random);
			maybe(request, "details", "Gate code 1234, the dog is friendly", random);
		}
		return request;
	}

	private static FuzzRequest profile(FuzzRequest request, SplittableRandom random) {
		maybe(request, "firstName", "Fay", random);
		maybe(request, "lastName", "Fuzz", random);
		maybe(request, "phone", "+13125550123", random);
		if (random.nextInt(4) != 0) {
			request.param("language", Hostile.oneOf(random, LANGUAGES));
		}
		maybe(request, "smsConsent", random.nextBoolean() ? "true" : "false", random);
		return request;
	}

	private FuzzRequest slot(FuzzRequest request, SplittableRandom random) {
		maybe(request, "slot", Hostile.pick(random, world.slots), random);
		return request;
	}

	private FuzzRequest date(FuzzRequest request, SplittableRandom random) {
		maybe(request, "date", Hostile.pick(random, world.dates), random);
		return request;
	}

	private static FuzzRequest passwords(FuzzRequest request, SplittableRandom random) {
		String password = Hostile.orValid(PortalSignIn.PASSWORD, random);
		request.param("password", password);
		if (random.nextInt(4) != 0) {
			request.param("confirmation", random.nextBoolean() ? password : Hostile.any(random));
		}
		return request;
	}

	private static FuzzRequest customer(FuzzRequest request, SplittableRandom random) {
		return request.as(mostly(Identity.CUSTOMER, random));
	}

	private static FuzzRequest anyone(FuzzRequest request, SplittableRandom random) {
		return request.as(mostly(Identity.ANONYMOUS, random));
	}

	/** A valid value one time in ten: for actions that use it up (a cancel, a reset email). */
	private static String rarelyValid(String valid, SplittableRandom random) {
		return random.nextInt(10) == 0 ? valid : random.nextBoolean() ? Hostile.near(valid, random) : Hostile.any(random);
	}

}
