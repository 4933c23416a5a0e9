package org.fieldbook.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A controller's redirect to a page of its own, every part of it encoded: what a visitor typed into a path or a
 * parameter ({@code {x}}, a line break, {@code &}) arrives as it was typed, and Spring never expands it as a URI
 * template. The container sends it relative (server.tomcat.use-relative-redirects), whatever Host the request named.
 */
public final class Redirects {

	private Redirects() {
	}

	/** The view name of a redirect, e.g. to {@code UriComponentsBuilder.fromPath("/invitation").pathSegment(code)}. */
	public static String to(UriComponentsBuilder target) {
		// encode() leaves a '+' as it is, which a query string reads as a space.
		return "redirect:" + target.build().encode().toUriString().replace("+", "%2B");
	}

	/** To a page with a flag for it to show, e.g. {@code /bookings/FB-7K3Q9?canceled}. */
	public static String to(String path, String flag) {
		return to(UriComponentsBuilder.fromPath(path).query(flag));
	}

}
