package org.fieldbook.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Opens a contact's portal account and signs in through the real sign-in form; the session is the customer's. */
public final class PortalSignIn {

	public static final String PASSWORD = "a quiet lake in autumn";

	private PortalSignIn() {
	}

	public static MockHttpSession asNewCustomer(MockMvc mvc, PortalAccountService accounts, Contacts contacts,
			long contactId, String email) throws Exception {
		accounts.open(contacts.contact(contactId).orElseThrow(), PASSWORD);
		return (MockHttpSession) mvc.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
