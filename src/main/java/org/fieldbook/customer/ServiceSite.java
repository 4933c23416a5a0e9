package org.fieldbook.customer;

import java.time.ZoneId;

import org.fieldbook.scheduling.GeoPoint;

/**
 * Where a visit for an active account, and optionally one of its assets, takes place.
 *
 * @param territoryId     the account's territory (a workforce id), or null
 * @param assetId         null when no asset was asked for, or the account has no such asset
 * @param address         the asset's functional location when it has one, else the account's address
 */
public record ServiceSite(long accountId, String accountExternalId, ZoneId zone, Long territoryId, Long assetId,
		String assetExternalId, Address address) {

	public boolean hasAsset() {
		return assetId != null;
	}

	public GeoPoint location() {
		return new GeoPoint(address.lat(), address.lon());
	}

}
