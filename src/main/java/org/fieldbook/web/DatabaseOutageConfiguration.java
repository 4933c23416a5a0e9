package org.fieldbook.web;

import java.util.EnumSet;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The 503 while the database cannot be reached wraps everything that may need it, Spring Session's filter first. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DatabaseOutageConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(MessageSource messages, ObjectMapper json,
			DataSource database) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(messages, json, database));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

}
