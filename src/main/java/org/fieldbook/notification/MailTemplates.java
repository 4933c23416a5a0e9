package org.fieldbook.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fieldbook.settings.Branding;
import org.fieldbook.system.Bidi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/mail/message.html} and {@code message.txt} with the app's message bundles, outside
 * any web request. A template engine of its own, so the web pages' engine stays as Spring Boot configures it.
 * The text part writes values unescaped ({@code [(…)]}, {@code #messages.msg}): HTML escaping is for the HTML part.
 */
@Component
class MailTemplates {

	record RenderedEmail(String subject, String text, String html) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final PortalLinks links;

	private final Bidi bidi;

	MailTemplates(MessageSource messages, PortalLinks links, Bidi bidi) {
		this.links = links;
		this.bidi = bidi;
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
	}

	RenderedEmail render(String subject, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale, variables);
		context.setVariable("subject", subject);
		context.setVariable("bidi", rightToLeft(locale) ? bidi : Bidi.NONE);
		context.setVariable("lang", locale.toLanguageTag());
		context.setVariable("dir", rightToLeft(locale) ? "rtl" : "ltr");
		if (variables.get("branding") instanceof Branding branding && branding.headerImage()) {
			context.setVariable("headerImageUrl", links.headerImage());
		}
		return new RenderedEmail(subject, engine.process("message.txt", context), engine.process("message.html", context));
	}

	static boolean rightToLeft(Locale locale) {
		return Set.of("ar", "he", "fa", "ur").contains(locale.getLanguage());
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

}
