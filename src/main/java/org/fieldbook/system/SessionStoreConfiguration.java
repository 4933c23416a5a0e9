package org.fieldbook.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions of the portal, the back office and the Camunda webapps live in PostgreSQL (Spring Session JDBC, tables
 * of V21), so that any node serves any request; cookie, timeout and clean-up come from {@code application.yaml}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionPrincipals() {
		return repository -> repository.setIndexResolver(new SessionPrincipals());
	}

}
