package org.fieldbook.system;

/** Response headers shared by the portal and the back office. */
public final class SecurityHeaders {

	/** No inline script or style anywhere; branding colours come from {@code /branding.css}. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI's pages only: its own scripts, and the inline styles it sets. */
	public static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

}
