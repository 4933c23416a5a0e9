package org.fieldbook.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL that Fieldbook starts itself when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param clean         start from an empty data directory, deleting what an earlier run left (tests)
 * @param stopAdopted   stop a server from an earlier run that this start reuses; the command-line import
 *                      sets it to false so that it never stops the server of a Fieldbook that is running
 */
@ConfigurationProperties("fieldbook.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("false") boolean clean, @DefaultValue("true") boolean stopAdopted) {
}
