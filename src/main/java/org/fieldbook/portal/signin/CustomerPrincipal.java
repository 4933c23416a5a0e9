package org.fieldbook.portal.signin;

/**
 * What every customer sign-in (password, invitation, OpenID Connect) puts into the session: the credentials
 * version of the portal account at sign-in, which {@link StaleSessionFilter} compares on each request.
 */
interface CustomerPrincipal {

	int credentialsVersion();

}
