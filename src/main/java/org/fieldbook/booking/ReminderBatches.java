package org.fieldbook.booking;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.BookingReminders.DueReminder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder run's batches: each starts one "Remind one booking" per due booking, in the caller's transaction (the
 * run's job), so that a batch either starts all its reminders or none. Never holds more than one batch of bookings.
 */
@Service
public class ReminderBatches {

	private final BookingReminders reminders;

	private final RuntimeService runtime;

	private final Clock clock;

	private int batchSize;

	ReminderBatches(BookingReminders reminders, RuntimeService runtime, Clock clock,
			@Value("${fieldbook.reminders.batch-size:500}") int batchSize) {
		this.reminders = reminders;
		this.runtime = runtime;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** Starts the reminders of the next due bookings after the booking id {@code after}. */
	@Transactional
	public ReminderBatch startNext(long after) {
		List<DueReminder> due = reminders.due(clock.instant(), after, batchSize);
		for (DueReminder booking : due) {
			runtime.createProcessInstanceByKey(BookingReminderProcess.KEY)
				.businessKey(booking.reference())
				.setVariable(BookingReminderProcess.BOOKING_ID, booking.bookingId())
				.execute();
		}
		long last = due.isEmpty() ? after : due.get(due.size() - 1).bookingId();
		return new ReminderBatch(last, due.size() == batchSize);
	}

	public int batchSize() {
		return batchSize;
	}

	/** How many bookings one batch takes ({@code fieldbook.reminders.batch-size}); tests make it small. */
	public void batchSize(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("A batch takes at least one booking");
		}
		this.batchSize = size;
	}

	/**
	 * Where the run is after a batch.
	 *
	 * @param after the id of the last booking started, where the next batch starts
	 * @param more  whether the batch was full, so that more may be due
	 */
	public record ReminderBatch(long after, boolean more) {
	}

}
