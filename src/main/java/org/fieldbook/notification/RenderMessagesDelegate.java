package org.fieldbook.notification;

import static org.fieldbook.notification.NotificationVariables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.notification.MessageComposer.Composed;
import org.springframework.stereotype.Component;

/** "Render messages": renders and records a message per chosen channel (once per idempotency key). */
@Component("renderMessages")
class RenderMessagesDelegate implements JavaDelegate {

	private final Notifications notifications;

	RenderMessagesDelegate(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Composed composed = notifications.compose(NotificationType.valueOf((String) execution.getVariable(NOTIFICATION_TYPE)),
				DecideChannelsDelegate.id(execution, BOOKING_ID), DecideChannelsDelegate.id(execution, INVITATION_ID),
				execution.getProcessInstanceId());
		record(execution, composed.email(), EMAIL_NOTIFICATION_ID, EMAIL_PENDING, EMAIL_STATE);
		record(execution, composed.sms(), SMS_NOTIFICATION_ID, SMS_PENDING, SMS_STATE);
	}

	private static void record(DelegateExecution execution, Optional<Notification> message, String idVariable,
			String pendingVariable, String stateVariable) {
		execution.setVariable(idVariable, message.map(Notification::getId).orElse(null));
		execution.setVariable(pendingVariable, message.map(m -> !m.getState().isFinal()).orElse(false));
		execution.setVariable(stateVariable, message.map(m -> m.getState().name()).orElse(NONE));
	}

}
