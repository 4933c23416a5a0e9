package org.fieldbook.backoffice.masterdata;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An account, contact or asset id that names none answers the error page's 404. */
@ControllerAdvice(assignableTypes = { AccountsController.class, ContactsController.class, AssetsController.class })
class MasterDataPages {

	@ExceptionHandler
	void notFound(CustomerRecordNotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
