package org.fieldbook.backoffice.settings;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.settings.SettingsVersion;
import org.fieldbook.system.JsonReadProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The errors of {@link SettingsApiController} as problem details: nothing of a refused change was saved. */
@RestControllerAdvice(assignableTypes = SettingsApiController.class)
class SettingsApiProblems extends ResponseEntityExceptionHandler {

	/** One refused field: {@code field} is its path in the document, {@code message} why. */
	record FieldError(String field, String message) {
	}

	private final MessageSource messages;

	SettingsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changedMeanwhile(SettingsChangedMeanwhileException ex) {
		SettingsVersion current = ex.current();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"These settings were changed by " + current.changedBy() + " at " + current.changedAt()
						+ ". Your changes were not saved: GET them again and send yours with the new ETag.");
		problem.setTitle("Settings changed meanwhile");
		problem.setProperty("changedBy", current.changedBy());
		problem.setProperty("changedAt", current.changedAt());
		problem.setProperty("version", current.number());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(current.etag()).body(problem);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidSettingsException ex) {
		List<FieldError> errors = ex.problems()
			.stream()
			.map(problem -> new FieldError(SettingsPatch.path(problem.field()),
					messages.getMessage(problem.messageKey(), problem.arguments(), Locale.ENGLISH)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				String.join(" ", errors.stream().map(error -> error.field() + ": " + error.message()).toList()));
		problem.setTitle("Invalid settings");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(JsonProcessingException ex) {
		JsonReadProblem read = JsonReadProblem.of(ex);
		String error = (read.path().isEmpty() ? "body" : read.path()) + ": " + read.message();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(error));
		return problem;
	}

}
