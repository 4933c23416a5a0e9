package org.fieldbook.notification;

import static org.fieldbook.notification.NotificationVariables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check the customer was reached": no message got through when every chosen channel failed for good. */
@Component("checkDelivery")
class CheckDeliveryDelegate implements JavaDelegate {

	private final Notifications notifications;

	CheckDeliveryDelegate(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> unreached = notifications.unreached(DecideChannelsDelegate.id(execution, EMAIL_NOTIFICATION_ID),
				DecideChannelsDelegate.id(execution, SMS_NOTIFICATION_ID));
		execution.setVariable(REACHED, unreached.isEmpty());
		unreached.ifPresent(why -> execution.setVariable(UNREACHABLE_REASON, why));
	}

}
