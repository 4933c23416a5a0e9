package org.fieldbook.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.booking.ServiceTypeImport;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerImport;
import org.fieldbook.masterdata.MasterDataImporter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the {@link ServiceWorld} the way a company brings its data in: through the master data importer. Reset
 * empties the domain tables, restores the default settings and removes the running process instances earlier tests
 * left behind; the invitation the import starts for the world's contact is removed too, run and history, so a test
 * sees only the processes it starts itself.
 */
@TestComponent
public class ServiceWorlds {

	private static final String WORLD = """
			{"territories":[{"id":"chicago","name":"Chicago"}],
			 "skills":[{"id":"gas","name":"Gas appliances"}],
			 "serviceTypes":[{"id":"%s","name":"Boiler service","portalName":"Boiler service","onPortal":true,
			                  "durationMinutes":90,"skills":[{"skill":"gas","minLevel":1}]}],
			 "technicians":[{"id":"%s","name":"Ana Ruiz","timeZone":"America/Chicago","home":{"lat":41.90,"lon":-87.65},
			                 "territories":["chicago"],"skills":[{"skill":"gas","level":5}],
			                 "workingHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"from":"07:00","to":"18:00"}]}],
			 "accounts":[{"id":"%s","name":"Lee household","active":true,"timeZone":"America/Chicago","territory":"chicago",
			              "address":{"line1":"1 Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":41.88,"lon":-87.63},
			              "contacts":[{"id":"%s","firstName":"Sam","lastName":"Lee","email":"%s","phone":"%s",
			                           "language":"en","smsConsent":false}]}]}
			""".formatted(ServiceWorld.SERVICE_TYPE, ServiceWorld.TECHNICIAN, ServiceWorld.ACCOUNT, ServiceWorld.CONTACT,
			ServiceWorld.CONTACT_EMAIL, ServiceWorld.CONTACT_PHONE);

	private static final String SECOND_TECHNICIAN = """
			{"technicians":[{"id":"%s","name":"Ben Okafor","timeZone":"America/Chicago","home":{"lat":41.91,"lon":-87.66},
			                 "territories":["chicago"],"skills":[{"skill":"gas","level":5}],
			                 "workingHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"from":"07:00","to":"18:00"}]}]}
			""".formatted(ServiceWorld.SECOND_TECHNICIAN);

	private final MasterDataImporter importer;

	private final CustomerImport accounts;

	private final Contacts contacts;

	private final ServiceTypeImport serviceTypes;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final JdbcTemplate jdbc;

	ServiceWorlds(MasterDataImporter importer, CustomerImport accounts, Contacts contacts,
			ServiceTypeImport serviceTypes, RuntimeService runtime, HistoryService history, JdbcTemplate jdbc) {
		this.importer = importer;
		this.accounts = accounts;
		this.contacts = contacts;
		this.serviceTypes = serviceTypes;
		this.runtime = runtime;
		this.history = history;
		this.jdbc = jdbc;
	}

	public ServiceWorld create() {
		deleteRunningProcesses();
		DomainTables.truncate(jdbc);
		// Settings have no API to write them yet: back to the defaults of the migration.
		jdbc.update("DELETE FROM portal_settings");
		jdbc.update("INSERT INTO portal_settings (id) VALUES (1)");
		importer.importJson(new ByteArrayInputStream(WORLD.getBytes(StandardCharsets.UTF_8)));
		forget(deleteRunningProcesses());
		return new ServiceWorld(contacts, jdbc, accounts.accountIds(List.of(ServiceWorld.ACCOUNT)).get(ServiceWorld.ACCOUNT),
				contacts.contactByExternalId(ServiceWorld.CONTACT).orElseThrow().id(),
				serviceTypes.ids(List.of(ServiceWorld.SERVICE_TYPE)).get(ServiceWorld.SERVICE_TYPE));
	}

	/** Adds a second technician to the world, with Ana's skills, territory and hours: two visits can be at one time. */
	public void addSecondTechnician() {
		importer.importJson(new ByteArrayInputStream(SECOND_TECHNICIAN.getBytes(StandardCharsets.UTF_8)));
	}

	/** @return the ids of the deleted instances */
	private List<String> deleteRunningProcesses() {
		List<String> ids = runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).toList();
		for (String id : ids) {
			// Deleting a parent deletes its sub-processes, which are in the list too.
			if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				runtime.deleteProcessInstance(id, "test reset", true, true, true, true);
			}
		}
		return ids;
	}

	private void forget(List<String> processInstanceIds) {
		if (!processInstanceIds.isEmpty()) {
			history.deleteHistoricProcessInstances(processInstanceIds);
		}
	}

}
