package org.fieldbook.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider ({@code fieldbook.sms.*}, e.g. {@code FIELDBOOK_SMS_ACCOUNT_SID}): any API that speaks
 * Twilio's Messages resource.
 *
 * @param from                the sending number (E.164); or give a messaging service sid instead
 */
@ConfigurationProperties("fieldbook.sms")
public record SmsProperties(@DefaultValue("https://api.twilio.com") String baseUrl, String accountSid,
		String authToken, String from, String messagingServiceSid) {

	boolean configured() {
		return present(accountSid) && present(authToken) && (present(from) || present(messagingServiceSid));
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
