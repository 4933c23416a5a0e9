package org.fieldbook.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request from a visitor of its own. Throttling counts failures per address and lives as long as the shared
 * test context, so a test that fails codes on purpose comes from an address no other test uses.
 */
public final class RemoteAddress {

	private RemoteAddress() {
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
