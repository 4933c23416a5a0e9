package org.fieldbook.system;

/** Response headers shared by the portal and the back office. */
public final class SecurityHeaders {

	/** No inline script or style anywhere; branding colours come from {@code /branding.css}. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

}
