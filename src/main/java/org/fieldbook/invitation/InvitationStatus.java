package org.fieldbook.invitation;

/** Where an invitation stands: pending until it is redeemed, expires, or an admin's re-issue revokes it. */
public enum InvitationStatus {

	PENDING, REDEEMED, EXPIRED, REVOKED

}
