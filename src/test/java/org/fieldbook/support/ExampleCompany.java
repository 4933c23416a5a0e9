package org.fieldbook.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The master data file of README's import example, {@code masterdata/example.json} on the test class path. */
public final class ExampleCompany {

	private ExampleCompany() {
	}

	public static String json() throws IOException {
		return new ClassPathResource("masterdata/example.json").getContentAsString(StandardCharsets.UTF_8);
	}

}
