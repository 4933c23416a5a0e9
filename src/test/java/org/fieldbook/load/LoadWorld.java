package org.fieldbook.load;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.PortalSignIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The company under load, brought in through the master data importer: one territory around Chicago, technicians
 * working every day from 07:00 to 18:00 (enough that 50 customers booking for minutes find free times), one
 * hour-long service type on the portal, and one account per customer whose contact has a portal account and takes
 * email and SMS. Invitations are off, so that only bookings make messages; a dispatcher signs in to the back office.
 */
final class LoadWorld {

	static final String SERVICE_TYPE = "load-service";

	static final String DISPATCHER = "loaddispatcher";

	static final String STAFF_PASSWORD = "a dispatcher's long password";

	/** A customer: the account it books for and the address it signs in with. */
	record Customer(String account, String email) {
	}

	private LoadWorld() {
	}

	static List<Customer> create(int customers, int technicians, MasterDataImporter importer, Contacts contacts,
			PortalAccountService portalAccounts, IdentityService identity, JdbcTemplate jdbc) {
		jdbc.update("UPDATE portal_settings SET invite_account_contacts = false");
		importer.importJson(new ByteArrayInputStream(json(customers, technicians).getBytes(StandardCharsets.UTF_8)));
		List<Customer> signedUp = new ArrayList<>();
		for (int n = 1; n <= customers; n++) {
			portalAccounts.open(contacts.contactByExternalId("load-c-" + n).orElseThrow(), PortalSignIn.PASSWORD);
			signedUp.add(new Customer("load-a-" + n, email(n)));
		}
		dispatcher(identity);
		return signedUp;
	}

	private static void dispatcher(IdentityService identity) {
		User user = identity.newUser(DISPATCHER);
		user.setPassword(STAFF_PASSWORD);
		identity.saveUser(user);
		if (identity.createGroupQuery().groupId("dispatchers").count() == 0) {
			identity.saveGroup(identity.newGroup("dispatchers"));
		}
		identity.createMembership(DISPATCHER, "dispatchers");
	}

	static String email(int customer) {
		return "load-" + customer + "@example.com";
	}

	private static String json(int customers, int technicians) {
		String techs = String.join(",", IntStream.rangeClosed(1, technicians).mapToObj(n -> String.format(Locale.ROOT, """
				{"id":"load-t-%d","name":"Technician %d","timeZone":"America/Chicago","home":{"lat":%.4f,"lon":%.4f},
				 "territories":["chicago"],"skills":[{"skill":"gas","level":5}],
				 "workingHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"from":"07:00","to":"18:00"}]}""", n, n,
				41.80 + (n % 10) * 0.02, -87.75 + (n / 10) * 0.03)).toList());
		String accounts = String.join(",", IntStream.rangeClosed(1, customers).mapToObj(n -> String.format(Locale.ROOT, """
				{"id":"load-a-%d","name":"Household %d","active":true,"timeZone":"America/Chicago","territory":"chicago",
				 "address":{"line1":"%d Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":%.4f,"lon":%.4f},
				 "contacts":[{"id":"load-c-%d","firstName":"Customer","lastName":"%d","email":"%s","phone":"+1312555%04d",
				              "language":"en","smsConsent":true}]}""", n, n, n, 41.82 + (n % 7) * 0.02, -87.70 + (n % 5) * 0.02,
				n, n, email(n), n)).toList());
		return """
				{"territories":[{"id":"chicago","name":"Chicago"}],
				 "skills":[{"id":"gas","name":"Gas appliances"}],
				 "serviceTypes":[{"id":"%s","name":"Boiler service","portalName":"Boiler service","onPortal":true,
				                  "durationMinutes":60,"skills":[{"skill":"gas","minLevel":1}]}],
				 "technicians":[%s],
				 "accounts":[%s]}
				""".formatted(SERVICE_TYPE, techs, accounts);
	}

}
