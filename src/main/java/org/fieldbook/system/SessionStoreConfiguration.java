package org.fieldbook.system;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.web.server.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;

/**
 * The sessions of the portal, the back office and the Camunda webapps live in PostgreSQL (Spring Session JDBC, tables
 * of V21), so that any node serves any request; cookie, timeout and clean-up come from {@code application.yaml}. A
 * request that changes nothing of its session writes it at most once a minute ({@link SparseSessionWrites}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionPrincipals() {
		return repository -> repository.setIndexResolver(new SessionPrincipals());
	}

	/** Spring Session's repository, writing a session only when it changed or its stored last use is a minute old. */
	@Bean
	static BeanPostProcessor sparseSessionWrites() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new SparseSessionWrites(sessions) : bean;
			}

		};
	}

	/** The cookie of {@code server.servlet.session.cookie}, as Spring Boot would make it, read by {@link SessionCookie}. */
	@Bean
	CookieSerializer sessionCookie(ServerProperties server) {
		Cookie cookie = server.getServlet().getSession().getCookie();
		SessionCookie serializer = new SessionCookie();
		PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getMaxAge).asInt(Duration::getSeconds).to(serializer::setCookieMaxAge);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		return serializer;
	}

}
