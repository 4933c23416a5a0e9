package org.fieldbook.fuzz;

/**
 * What came back: the status (0 when the server closed the connection without answering), the {@code Location}
 * header, the body, and the exception when MockMvc let one out of the application (a 500 in a real container).
 */
record FuzzResponse(int status, String location, String body, Throwable unhandled) {

	static final int CLOSED = 0;

	static final int NOT_SENT = -1;

	static FuzzResponse unhandled(Throwable exception) {
		return new FuzzResponse(500, null, "", exception);
	}

	/** The request could not even be built (the test's own HTTP client refused it): it counts as not sent. */
	static FuzzResponse notSent() {
		return new FuzzResponse(NOT_SENT, null, "", null);
	}

	/** The refused requests: 4xx and 5xx, or the connection closed. Such a request must have written nothing. */
	boolean refused() {
		return status >= 400 || status == CLOSED;
	}

	String statusLabel() {
		return switch (status) {
			case CLOSED -> "closed";
			case NOT_SENT -> "not sent";
			default -> Integer.toString(status);
		};
	}

}
