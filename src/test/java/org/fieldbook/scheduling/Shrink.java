package org.fieldbook.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.fieldbook.scheduling.RandomWorld.World;

/**
 * Makes a failing world smaller by hand, greedily: drops technicians, then single bookings, working hours, time off
 * and required skills, then shortens the window, as long as the check still throws on it.
 */
final class Shrink {

	private Shrink() {
	}

	static World smallest(World world, Consumer<World> check) {
		World smallest = world;
		boolean shrunk = true;
		while (shrunk) {
			shrunk = false;
			for (World smaller : smaller(smallest)) {
				if (fails(smaller, check)) {
					smallest = smaller;
					shrunk = true;
					break;
				}
			}
		}
		return smallest;
	}

	private static boolean fails(World world, Consumer<World> check) {
		try {
			check.accept(world);
			return false;
		}
		catch (RuntimeException | AssertionError e) {
			return true;
		}
	}

	/** Each world with one thing less. */
	private static List<World> smaller(World world) {
		List<World> smaller = new ArrayList<>();
		List<Resource> technicians = world.technicians();
		SlotRequest request = world.request();
		for (int i = 0; i < technicians.size(); i++) {
			smaller.add(world.with(request, without(technicians, i)));
		}
		for (int i = 0; i < technicians.size(); i++) {
			Resource t = technicians.get(i);
			for (int j = 0; j < t.bookings().size(); j++) {
				smaller.add(replaced(world, i, resource(t, t.hours(), t.timeOff(), without(t.bookings(), j))));
			}
			for (int j = 0; j < t.hours().size(); j++) {
				smaller.add(replaced(world, i, resource(t, without(t.hours(), j), t.timeOff(), t.bookings())));
			}
			for (int j = 0; j < t.timeOff().size(); j++) {
				smaller.add(replaced(world, i, resource(t, t.hours(), without(t.timeOff(), j), t.bookings())));
			}
		}
		for (int i = 0; i < request.skills().size(); i++) {
			smaller.add(world.with(request(request, without(request.skills(), i), request.maxLeadDays()), technicians));
		}
		if (request.maxLeadDays() > request.minLeadDays()) {
			smaller.add(world.with(request(request, request.skills(), request.maxLeadDays() - 1), technicians));
		}
		return smaller;
	}

	private static Resource resource(Resource t, List<WeeklyHours> hours, List<LocalPeriod> timeOff, List<BookedJob> bookings) {
		return new Resource(t.id(), t.zone(), t.home(), t.territories(), t.skills(), hours, timeOff, bookings);
	}

	private static World replaced(World world, int index, Resource technician) {
		List<Resource> technicians = new ArrayList<>(world.technicians());
		technicians.set(index, technician);
		return world.with(world.request(), technicians);
	}

	private static SlotRequest request(SlotRequest r, List<SkillRequirement> skills, int maxLeadDays) {
		return new SlotRequest(r.duration(), skills, r.crewSize(), r.location(), r.zone(), r.territory(), r.minLeadDays(),
				maxLeadDays, r.radiusKm(), r.stepMinutes(), r.now(), r.arrivalWindows());
	}

	private static <T> List<T> without(List<T> values, int index) {
		List<T> rest = new ArrayList<>(values);
		rest.remove(index);
		return rest;
	}

}
