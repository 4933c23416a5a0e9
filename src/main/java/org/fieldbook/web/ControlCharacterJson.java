package org.fieldbook.web;

import com.fasterxml.jackson.databind.Module;
import org.fieldbook.system.ControlCharacters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** JSON bodies meet the rule that {@link ControlCharacterFilter} applies to forms: Boot adds this module to its mapper. */
@Configuration(proxyBeanMethods = false)
class ControlCharacterJson {

	@Bean
	Module controlCharacters() {
		return ControlCharacters.jsonModule();
	}

}
