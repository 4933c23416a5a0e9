package org.fieldbook.backoffice.signin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.IdentityService;
import org.fieldbook.system.AttemptThrottle;
import org.fieldbook.system.RelativeSignInRedirect;
import org.fieldbook.system.SecurityHeaders;
import org.fieldbook.system.SecurityWorlds;
import org.fieldbook.system.ThrottledSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The staff world: the back office, the APIs, the engine REST API (HTTP Basic, so that Camunda Modeler
 * can deploy) and the Camunda webapps. Customers' sign-ins are not accepted here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaffSecurityConfiguration {

	/** The back-office screens dispatchers may use besides the overview; every other screen is for admins. */
	private static final String[] DISPATCHING = { "/admin/dispatch/**", "/admin/bookings/**", "/admin/notifications/**",
			"/admin/links/**", "/admin/invitations/**", "/admin/earlier-times/**" };

	/** The APIs only admins use at all: deploying models runs their expressions. */
	private static final String[] ADMIN_APIS = { "/engine-rest/**", "/api/v1/import", "/api/v1/audit/**" };

	/** The APIs of the dispatching screens: for admins and dispatchers, as those screens are. */
	private static final String[] DISPATCHING_APIS = { "/api/v1/invitations/**",
			"/api/v1/contacts/*/invitation", "/api/v1/bookings/**" };

	/** The API description and Swagger UI (springdoc): for any staff member, by HTTP Basic or the back office's session. */
	private static final String[] API_DESCRIPTION = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	private static final String[] SWAGGER_UI = { "/swagger-ui.html", "/swagger-ui/**" };

	/** Settings and master data: every staff member reads them, only admins change them. */
	private static final String[] CONFIGURATION_APIS = { "/api/v1/settings/**", "/api/v1/service-types/**",
			"/api/v1/technicians/**", "/api/v1/territories/**", "/api/v1/skills/**", "/api/v1/accounts/**",
			"/api/v1/contacts/**", "/api/v1/assets/**", "/api/v1/functional-locations/**" };

	private final AuthenticationManager staff;

	private final AttemptThrottle throttle;

	/** Camunda user ids are compared exactly, so the throttle counts the username as the identity service gets it. */
	StaffSecurityConfiguration(IdentityService identityService, AttemptThrottle throttle) {
		this.staff = new ProviderManager(new ThrottledSignIn(new StaffAuthenticationProvider(identityService), throttle,
				SecurityWorlds.STAFF, UnaryOperator.identity()));
		this.throttle = throttle;
	}

	/**
	 * Matches the whole request path: the engine REST API and the Camunda webapps are servlets and filters
	 * of their own, outside Spring MVC's dispatcher.
	 */
	static RequestMatcher anyOf(String... patterns) {
		return new OrRequestMatcher(Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toList());
	}

	/**
	 * Machine clients: stateless HTTP Basic, so no session cookie and nothing for CSRF to protect. The engine
	 * REST API (deploying models runs their expressions) and the master data import are for admins only. A
	 * throttled sign-in gets 429.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staffApis(HttpSecurity http) throws Exception {
		return http.securityMatcher(anyOf("/api/**", "/engine-rest/**", "/actuator/**"))
			.authenticationManager(staff)
			.authorizeHttpRequests(requests -> requests.requestMatchers(anyOf("/actuator/health", "/actuator/health/**"))
				.permitAll()
				.requestMatchers(anyOf(ADMIN_APIS))
				.hasRole(StaffRoles.ADMIN.name())
				.requestMatchers(anyOf(DISPATCHING_APIS))
				.hasAnyRole(StaffRoles.ADMIN.name(), StaffRoles.DISPATCHER.name())
				.requestMatchers(readsOf(CONFIGURATION_APIS))
				.hasRole(StaffRoles.STAFF.name())
				.requestMatchers(anyOf(CONFIGURATION_APIS))
				.hasRole(StaffRoles.ADMIN.name())
				.anyRequest()
				.hasRole(StaffRoles.STAFF.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(new TooManySignIns(basicSignIn())))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	private static RequestMatcher readsOf(String... patterns) {
		return new OrRequestMatcher(Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern))
			.toList());
	}

	private static BasicAuthenticationEntryPoint basicSignIn() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Fieldbook");
		return basic;
	}

	/**
	 * Cockpit, Tasklist and Admin authenticate against the same identity service themselves and bring
	 * their own CSRF protection and headers; their sign-in is throttled as the others are.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(anyOf("/camunda/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.addFilterBefore(new WebappSignInThrottle(throttle), AuthorizationFilter.class)
			.addFilterBefore(new WebappEngineList(), AuthorizationFilter.class)
			.build();
	}

	/**
	 * The description of {@code /api/v1} and Swagger UI: a script signs in with HTTP Basic, a person with the back
	 * office's session (Swagger UI sends a visitor who is not signed in to the staff sign-in). Swagger UI sets inline
	 * styles, so its pages get a policy that allows them; scripts stay our own.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDescription(HttpSecurity http) throws Exception {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/admin/login");
		signIn.setFavorRelativeUris(true);
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(
				new LinkedHashMap<>(Map.of(anyOf(SWAGGER_UI), signIn)));
		entryPoint.setDefaultEntryPoint(new TooManySignIns(basicSignIn()));
		return http.securityMatcher(anyOf(API_DESCRIPTION))
			.authenticationManager(staff)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(StaffRoles.STAFF.name()))
			.securityContext(context -> context.securityContextRepository(SecurityWorlds.STAFF.repository()))
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.build();
	}

	/**
	 * Who may do what (README, "The back office"): admins everything; dispatchers the day's work; staff in neither
	 * group only the overview. A screen not named here is for admins.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
		return http.securityMatcher(anyOf("/admin", "/admin/**"))
			.authenticationManager(staff)
			.authorizeHttpRequests(requests -> requests.requestMatchers(anyOf("/admin/login"))
				.permitAll()
				.requestMatchers(anyOf("/admin"))
				.hasRole(StaffRoles.STAFF.name())
				.requestMatchers(anyOf(DISPATCHING))
				.hasAnyRole(StaffRoles.ADMIN.name(), StaffRoles.DISPATCHER.name())
				.anyRequest()
				.hasRole(StaffRoles.ADMIN.name()))
			.securityContext(context -> context.securityContextRepository(SecurityWorlds.STAFF.repository()))
			.formLogin(form -> form.loginPage("/admin/login")
				.defaultSuccessUrl("/admin", true)
				.failureHandler(ThrottledSignIn.failurePage("/admin/login"))
				.permitAll()
				.withObjectPostProcessor(new RelativeSignInRedirect()))
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY)))
			.requestCache(Customizer.withDefaults())
			.build();
	}

}
