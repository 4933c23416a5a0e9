package org.fieldbook.settings;

/**
 * What the portal lets a customer do.
 *
 * @param assetSelection    customers pick the appliance or installation the visit is for
 * @param additionalDetails customers may describe the problem (kept as a work order note)
 * @param cancelCutoffHours customers may cancel or move a visit until this many hours before it
 * @param passwordSignIn    customers may sign in with a password (else only through the OpenID Connect provider)
 */
public record PortalRules(boolean assetSelection, boolean additionalDetails, int cancelCutoffHours,
		boolean passwordSignIn) {
}
