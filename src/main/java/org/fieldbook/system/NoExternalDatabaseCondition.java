package org.fieldbook.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database is configured, so Fieldbook embeds its own. */
class NoExternalDatabaseCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return ExternalDatabase.isConfigured(context.getEnvironment())
				? ConditionOutcome.noMatch("spring.datasource.url names an external database")
				: ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
	}

	static final class ExternalDatabase {

		private ExternalDatabase() {
		}

		static boolean isConfigured(Environment environment) {
			return environment.containsProperty("spring.datasource.url");
		}

	}

}
