package org.fieldbook.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.support.ServiceWorld;

/**
 * Every page and form of the back office with its parameters and path variables valid, bent or hostile, mostly as
 * a dispatcher or an admin (the dispatch board, the booking page and its four forms too), sometimes as a customer or anonymously. The staff sign-in only ever fails for strangers,
 * so that no staff user is throttled or locked.
 */
final class BackOfficeRequests implements FuzzRun.Requests {

	private static final List<String> IDS = List.of("0", "-1", "9223372036854775807", "9223372036854775808", "1e3", "1.0",
			"0x1", "+1", " 1", "\u0661");

	private final FuzzWorld world;

	BackOfficeRequests(FuzzWorld world) {
		this.world = world;
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		return WebOddities.add(request(random), random);
	}

	private FuzzRequest request(SplittableRandom random) {
		String reference = Hostile.pick(random, world.references);
		String link = id(Long.toString(world.linkId), random);
		return switch (random.nextInt(22)) {
			case 0 -> staff(FuzzRequest.of("GET", "/admin"), random);
			case 1 -> staff(FuzzRequest.of("GET", "/admin/notifications"), random);
			case 2, 3 -> staff(FuzzRequest.of("GET", "/admin/notifications/{id}", id(Long.toString(world.notificationId), random)), random);
			case 4, 5 -> staff(FuzzRequest.of("GET", "/admin/links"), random).param("reference", Hostile.orValid(reference, random));
			case 6, 7, 8 -> days(staff(FuzzRequest.of("POST", "/admin/links/{id}/extend", link), random)
				.param("reference", Hostile.orValid(world.references.get(0), random)), random);
			case 9 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/expire", link), random)
				.param("reference", random.nextInt(10) == 0 ? world.references.get(0) : Hostile.any(random));
			case 10 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/block", link), random)
				.param("reference", random.nextInt(10) == 0 ? world.references.get(0) : Hostile.any(random));
			case 11 -> FuzzRequest.of("GET", "/admin/login").param(random.nextBoolean() ? "error" : "logout", Hostile.any(random));
			case 12 -> FuzzRequest.of("POST", "/admin/login").param("username", FuzzWorld.strangerName(Hostile.any(random)))
				.param("password", Hostile.any(random));
			case 13 -> staff(FuzzRequest.of("GET", "/admin/{path}", Hostile.any(random)), random);
			case 15 -> ApiRequests.auditFilters(staff(FuzzRequest.of("GET", "/admin/audit"), random), random);
			case 17 -> optional(optional(staff(FuzzRequest.of("GET", "/admin/dispatch"), random), "territory", "chicago", random),
					"date", Hostile.pick(random, world.dates), random);
			case 18 -> optional(staff(FuzzRequest.of("GET", "/admin/dispatch/technicians/{id}",
					Hostile.orValid(ServiceWorld.TECHNICIAN, random)), random), "week", Hostile.pick(random, world.dates), random);
			case 19 -> staff(FuzzRequest.of("GET", "/admin/bookings/{reference}", Hostile.orValid(reference, random)), random);
			case 20 -> bookingChange(staff(FuzzRequest.of("POST", "/admin/bookings/{reference}/{action}", Hostile.orValid(reference, random),
					Hostile.oneOf(random, List.of("complete", "reschedule", "cancel", "reassign"))), random), random);
			case 14 -> FuzzRequest.of("POST", "/admin/logout").as(Hostile.pick(random, List.of(Identity.ANONYMOUS, Identity.STAFF)));
			default -> staff(FuzzRequest.of(Hostile.pick(random, List.of("PUT", "DELETE", "PATCH", "GET")),
					Hostile.pick(random, List.of("/admin/links/{id}/extend", "/admin/notifications/{id}")), link), random);
		};
	}

	/** The fields of the booking page's forms, each present or not, valid or not. */
	private FuzzRequest bookingChange(FuzzRequest request, SplittableRandom random) {
		optional(request, "version", "0", random);
		optional(request, "slot", Hostile.pick(random, world.slots), random);
		optional(request, "reason", "Customer moved away", random);
		return optional(request, "technician", ServiceWorld.TECHNICIAN, random);
	}

	private static FuzzRequest optional(FuzzRequest request, String name, String valid, SplittableRandom random) {
		if (random.nextBoolean()) {
			request.param(name, Hostile.orValid(valid, random));
		}
		return request;
	}

	private static FuzzRequest days(FuzzRequest request, SplittableRandom random) {
		if (random.nextInt(4) != 0) {
			request.param("days", Hostile.orValid(Integer.toString(1 + random.nextInt(90)), random));
		}
		return request;
	}

	private static String id(String valid, SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> valid;
			case 1 -> Hostile.pick(random, IDS);
			default -> Hostile.orValid(valid, random);
		};
	}

	/** Staff pages: a dispatcher or an admin nine times in ten. */
	private static FuzzRequest staff(FuzzRequest request, SplittableRandom random) {
		int draw = random.nextInt(10);
		return request.as(draw < 5 ? Identity.STAFF : draw < 9 ? Identity.ADMIN : Hostile.pick(random, List.of(Identity.values())));
	}

}
