package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every message type has its place in the log; outcomes written by concurrent jobs (two nodes, a duplicated job)
 * apply one after the other on the row.
 */
@FieldbookIntegrationTest
class NotificationLogTest {

	@Autowired
	NotificationLog log;

	@Autowired
	NotificationRepository notifications;

	@Test
	void everyMessageTypeIsLogged() {
		for (NotificationType type : NotificationType.values()) {
			long id = log.record(Notification.sms("booking:" + UUID.randomUUID() + ":" + type + ":once:SMS", type, null, null,
					"+13125550100", "Text", TestClock.DEFAULT)).getId();

			assertThat(notifications.findById(id).orElseThrow().getType()).as(type.name()).isEqualTo(type);
		}
	}

	@Test
	void concurrentFailedTriesAreAllCounted() throws Exception {
		long id = log.record(sms()).getId();

		inParallel(8, () -> log.attemptFailed(id, "HTTP 503: down"));

		Notification pending = notifications.findById(id).orElseThrow();
		assertThat(pending.getState()).isEqualTo(NotificationState.PENDING);
		assertThat(pending.getAttempts()).isEqualTo(8);
	}

	@Test
	void concurrentSendsAreRecordedOnce() throws Exception {
		long id = log.record(sms()).getId();

		List<NotificationState> answered = inParallel(8, () -> log.sent(id, "SM" + UUID.randomUUID()));

		Notification sent = notifications.findById(id).orElseThrow();
		assertThat(answered).containsOnly(NotificationState.SENT);
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(log.failed(id, "21211", "invalid number")).isEqualTo(NotificationState.SENT);
		assertThat(notifications.findById(id).orElseThrow().getProviderId()).isEqualTo(sent.getProviderId());
	}

	private static <T> List<T> inParallel(int jobs, Callable<T> job) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(jobs);
		try {
			List<Future<T>> running = pool.invokeAll(IntStream.range(0, jobs).mapToObj(n -> job).toList());
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private static Notification sms() {
		return Notification.sms("booking:" + UUID.randomUUID() + ":BOOKING_REMINDER:1:SMS", NotificationType.BOOKING_REMINDER,
				null, null, "+13125550100", "Reminder", TestClock.DEFAULT);
	}

}
