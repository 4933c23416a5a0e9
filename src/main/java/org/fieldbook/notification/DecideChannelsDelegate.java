package org.fieldbook.notification;

import static org.fieldbook.notification.NotificationVariables.*;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.fieldbook.notification.Notifications.Decided;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "Decide channels": whether the message is wanted, and on which channels the customer can get it. */
@Component("decideChannels")
class DecideChannelsDelegate implements JavaDelegate {

	private final Notifications notifications;

	private final MessageSource messages;

	DecideChannelsDelegate(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Decided decided = notifications.decideRecordingExclusions(
				NotificationType.valueOf((String) execution.getVariable(NOTIFICATION_TYPE)), id(execution, BOOKING_ID),
				id(execution, INVITATION_ID), execution.getProcessInstanceId());
		execution.setVariable(DECISION, decided.decision().outcome().name());
		execution.setVariable(DECISION_REASON, decided.decision().reason());
		execution.setVariable(UNREACHABLE_REASON, decided.decision().reason());
		Recipient recipient = decided.subject().recipient();
		if (recipient != null) {
			execution.setVariable(CUSTOMER_NAME, recipient.name());
			execution.setVariable(CUSTOMER_PHONE, recipient.phone());
			execution.setVariable(CUSTOMER_EMAIL, recipient.email());
		}
		if (decided.subject().booking() != null) {
			execution.setVariable(BOOKING_REFERENCE, decided.subject().booking().reference());
			execution.setVariable(APPOINTMENT,
					AppointmentTime.of(decided.subject().booking(),
							recipient == null ? Locale.ENGLISH : recipient.locale(), messages));
		}
	}

	static Long id(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : ((Number) value).longValue();
	}

}
