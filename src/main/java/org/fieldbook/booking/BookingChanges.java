package org.fieldbook.booking;

import java.time.Duration;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of a booking, which ends by telling the booking's process, in one transaction of its own, and runs it
 * again from the start when a job of the same process instance changed the instance meanwhile (a notification that
 * ends its branch, say). The engine reports that as an {@link OptimisticLockingException}, as a deadlock of its
 * flush, or as a parent execution "deleted in the meantime" (ENGINE-03077): {@link ProcessEngineException}s all. Each
 * attempt is rolled back whole, so the ledger never shows a change that the process did not hear of. The ledger's own
 * refusals (a cut-off, a taken slot) are other exceptions and are not tried again.
 */
@Component
class BookingChanges {

	private static final Logger log = LoggerFactory.getLogger(BookingChanges.class);

	private static final int ATTEMPTS = 5;

	private static final Duration PAUSE = Duration.ofMillis(50);

	private final TransactionTemplate transactions;

	BookingChanges(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void run(String reference, Runnable change) {
		call(reference, () -> {
			change.run();
			return null;
		});
	}

	<T> T call(String reference, Supplier<T> change) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Only the caller's transaction could be run again.
			return change.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> change.get());
			}
			catch (ProcessEngineException | ConcurrencyFailureException conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
				log.info("Booking {}: its process changed meanwhile, trying again ({} of {}): {}", reference, attempt + 1,
						ATTEMPTS, conflict.getMessage());
				pause(attempt, conflict);
			}
		}
	}

	private static void pause(int attempt, RuntimeException conflict) {
		try {
			Thread.sleep(PAUSE.multipliedBy(attempt).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw conflict;
		}
	}

}
