package org.fieldbook.notification;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The links of our messages as the portal follows them: a code opens its one booking, while it is valid. */
@Service
public class BookingLinks {

	private final LinkCodes codes;

	private final Clock clock;

	BookingLinks(LinkCodes codes, Clock clock) {
		this.codes = codes;
		this.clock = clock;
	}

	/** The booking the code opens, while it is neither expired nor blocked; records its use. */
	@Transactional
	public Optional<Long> open(String code) {
		return codes.use(code, clock.instant());
	}

}
