package org.fieldbook.customer;

import java.util.List;

/** The languages a contact can prefer, and the portal and its messages speak: English first, the default. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "es", "fr", "de", "ar", "he");

	private Languages() {
	}

}
