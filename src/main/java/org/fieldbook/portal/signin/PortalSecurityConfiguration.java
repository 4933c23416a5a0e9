package org.fieldbook.portal.signin;

import java.util.ArrayList;
import java.util.List;

import org.fieldbook.invitation.Invitations;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.portal.CustomerDirectory;
import org.fieldbook.system.AttemptThrottle;
import org.fieldbook.system.RelativeSignInRedirect;
import org.fieldbook.system.SecurityHeaders;
import org.fieldbook.system.SecurityWorlds;
import org.fieldbook.system.ThrottledSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The customer world: everything that the staff chains do not claim. Staff sign-ins are not accepted here.
 * Customers sign in with email and password; where an OpenID Connect provider is configured
 * ({@code spring.security.oauth2.client.*}), also or only (see {@link SignInMethods}) through it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PortalSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain portal(HttpSecurity http, PasswordEncoder passwordEncoder,
			AttemptThrottle throttle, ObjectProvider<ClientRegistrationRepository> openIdProviders,
			PortalAccountService portalAccounts, SignInMethods signInMethods, Invitations invitations,
			CustomerDirectory customerDirectory) throws Exception {
		DaoAuthenticationProvider customers = new DaoAuthenticationProvider(new PortalUserDetailsService(portalAccounts));
		customers.setPasswordEncoder(passwordEncoder);
		List<AuthenticationProvider> providers = new ArrayList<>(List.of(new ThrottledSignIn(
				new PasswordSignIn(customers, signInMethods), throttle, SecurityWorlds.CUSTOMER,
				PortalAccountService::normalizedUsername)));
		if (openIdProviders.getIfAvailable() != null) {
			OidcCustomers openIdCustomers = new OidcCustomers(portalAccounts, signInMethods);
			InvitationSignIn afterSignIn = new InvitationSignIn(invitations, customerDirectory);
			providers.add(new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
					openIdCustomers));
			http.oauth2Login(openId -> openId.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(openIdCustomers))
				.successHandler(afterSignIn)
				.failureHandler(afterSignIn)
				.withObjectPostProcessor(new RelativeSignInRedirect()));
		}
		return http.authenticationManager(new ProviderManager(providers))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(StaleSessionFilter.STATIC_RESOURCES)
				.permitAll()
				.requestMatchers("/", "/login", "/error", "/invitation", "/invitation/*", "/b/*", "/b/*/cancel", "/b/*/reschedule", "/b/*/earlier", "/b/*/earlier/withdraw", "/b/*/earlier-offer/take", "/b/*/earlier-offer/decline", "/password-reset", "/password-reset/*")
				.permitAll()
				.anyRequest()
				.hasRole(PortalUserDetailsService.CUSTOMER_ROLE))
			.securityContext(context -> context.securityContextRepository(SecurityWorlds.CUSTOMER.repository()))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(ThrottledSignIn.failurePage("/login"))
				.permitAll()
				.withObjectPostProcessor(new RelativeSignInRedirect()))
			.addFilterBefore(new PasswordSignInGate(signInMethods), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new StaleSessionFilter(customerDirectory), AuthorizationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY)))
			.build();
	}

}
