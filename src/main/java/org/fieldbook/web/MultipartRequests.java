package org.fieldbook.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A body sent as {@code multipart/form-data} that is no multipart at all (no boundary, a form-encoded body) fails in
 * the dispatcher before any controller: it is the client's mistake, 400, on every page and API; one over the size
 * limit (spring.servlet.multipart, well above the 1 MB of the one upload, the header image, which its page refuses
 * with a message) stays 413. No selector, so that it also applies where no handler was found yet.
 */
@ControllerAdvice
class MultipartRequests {

	@ExceptionHandler
	void unreadable(MultipartException unreadable, HttpServletResponse response) throws IOException {
		response.sendError(unreadable instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE.value()
				: HttpStatus.BAD_REQUEST.value());
	}

}
