package org.fieldbook.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder run's batches: each is one "Remind a batch of bookings" for the next due bookings, named by the range
 * of their ids, started in the caller's transaction (the run's job). Holds no more than one batch's ids at a time.
 */
@Service
public class ReminderBatches {

	private final BookingReminders reminders;

	private final RuntimeService runtime;

	private final Clock clock;

	private int batchSize;

	ReminderBatches(BookingReminders reminders, RuntimeService runtime, Clock clock,
			@Value("${fieldbook.reminders.batch-size:100}") int batchSize) {
		this.reminders = reminders;
		this.runtime = runtime;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/**
	 * Starts the batch of the next due bookings after the booking id {@code after}, business key
	 * {@code reminders 2026-12-02 #1201-1300} (the day in UTC, the engine's clock, and the first and last booking id).
	 */
	@Transactional
	public ReminderBatch startNext(long after) {
		Instant now = clock.instant();
		List<Long> due = reminders.due(now, after, batchSize);
		if (due.isEmpty()) {
			return new ReminderBatch(after, false);
		}
		long first = due.get(0);
		long last = due.get(due.size() - 1);
		runtime.createProcessInstanceByKey(ReminderBatchProcess.KEY)
			.businessKey("reminders " + LocalDate.ofInstant(now, ZoneOffset.UTC) + " #" + first + "-" + last)
			.setVariable(ReminderBatchProcess.AFTER, after)
			.setVariable(ReminderBatchProcess.UP_TO, last)
			.execute();
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
	 * @param after the id of the last booking of the batch, where the next batch starts
	 * @param more  whether the batch was full, so that more may be due
	 */
	public record ReminderBatch(long after, boolean more) {
	}

}
