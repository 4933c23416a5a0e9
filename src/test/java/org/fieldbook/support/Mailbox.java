package org.fieldbook.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what the tests' SMTP server received: the text parts and the calendar attachment of one email. */
public final class Mailbox {

	private Mailbox() {
	}

	public static String part(MimeMessage message, String mimeType) throws Exception {
		return find(message, mimeType);
	}

	private static String find(Part part, String mimeType) throws Exception {
		if (part.isMimeType(mimeType)) {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
			try (InputStream in = (InputStream) content) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = find(child, mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
