package org.fieldbook.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One structured line when Fieldbook is ready, naming where each of its parts answers. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final ObjectProvider<EmbeddedDatabase> embedded;

	StartupReport(ObjectProvider<EmbeddedDatabase> embedded) {
		this.embedded = embedded;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		EmbeddedDatabase database = embedded.getIfAvailable();
		log.info("Fieldbook ready portal={}/ backoffice={}/admin cockpit={}/camunda/app/cockpit/ engineRest={}/engine-rest "
				+ "health={}/actuator/health database={}", base, base, base, base, base,
				database == null ? "external" : "embedded:" + database.dataDirectory());
	}

}
