package org.fieldbook.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletContext;
import org.fieldbook.fuzz.FuzzRequest.Param;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.RemoteAddress;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends requests through MockMvc, security filters included, each from a new address: fast, and every exception the
 * application lets out is seen as what it is. Path variables are encoded as a path's, and the URL is
 * absolute, so that a path such as {@code //admin} stays a path and names no host. The APIs get HTTP Basic; the pages a signed-in session, or a
 * principal with the role of the identity.
 */
final class MockMvcTransport implements FuzzRun.Transport {

	private final MockMvc mvc;

	private final ServletContext servletContext = new MockServletContext();

	private final FuzzWorld world;

	MockMvcTransport(MockMvc mvc, FuzzWorld world) {
		this.mvc = mvc;
		this.world = world;
	}

	@Override
	public FuzzResponse send(FuzzRequest request) {
		MockHttpServletRequestBuilder builder;
		try {
			builder = build(request);
			builder.buildRequest(servletContext);
		}
		catch (RuntimeException notARequest) {
			return FuzzResponse.notSent();
		}
		try {
			MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
			return new FuzzResponse(response.getStatus(), response.getHeader("Location"),
					response.getContentAsString(StandardCharsets.UTF_8), null);
		}
		catch (Exception unhandled) {
			return FuzzResponse.unhandled(unhandled);
		}
	}

	private MockHttpServletRequestBuilder build(FuzzRequest request) {
		URI path = URI.create("http://localhost" + UriComponentsBuilder.fromPath(request.pathTemplate)
			.buildAndExpand(request.pathValues.toArray())
			.encode()
			.toUriString());
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method), path);
		for (Param param : request.params) {
			builder.param(param.name(), param.value());
		}
		for (Param header : request.headers) {
			builder.header(header.name(), header.value());
		}
		if (request.body != null) {
			builder.content(request.body);
		}
		if (request.contentType != null) {
			builder.header("Content-Type", request.contentType);
		}
		if (request.csrf) {
			builder.with(csrf());
		}
		return identify(builder.with(RemoteAddress.from(Addresses.next())), request);
	}

	private MockHttpServletRequestBuilder identify(MockHttpServletRequestBuilder builder, FuzzRequest request) {
		boolean api = request.isApi();
		return switch (request.identity) {
			case ANONYMOUS -> builder;
			case CUSTOMER -> api ? builder.with(httpBasic(FuzzWorld.API_CUSTOMER_EMAIL, PortalSignIn.PASSWORD))
					: builder.session(world.customerSession);
			case CUSTOMER_LESS -> builder.with(user("nobody@example.invalid").roles("CUSTOMER"));
			case STAFF -> api ? builder.with(httpBasic(FuzzWorld.DISPATCHER, FuzzWorld.STAFF_PASSWORD))
					: builder.with(user(FuzzWorld.DISPATCHER).roles("STAFF", "DISPATCHER"));
			case ADMIN -> api ? builder.with(httpBasic(FuzzWorld.ADMIN, FuzzWorld.STAFF_PASSWORD))
					: builder.with(user(FuzzWorld.ADMIN).roles("STAFF", "ADMIN"));
			case STRANGER -> api ? builder.with(httpBasic("stranger@example.invalid", "not a password"))
					: builder.with(user("stranger@example.invalid").roles());
		};
	}

}
