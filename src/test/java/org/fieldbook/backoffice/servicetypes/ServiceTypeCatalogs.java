package org.fieldbook.backoffice.servicetypes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbook.masterdata.MasterDataImporter;

/** More service types for a world, through the import: "Extra 000" to "Extra NNN", 10 to 10+N minutes long. */
final class ServiceTypeCatalogs {

	private ServiceTypeCatalogs() {
	}

	/** Every third one is on the portal; each needs the world's skill gas at level 1. */
	static void addExtras(MasterDataImporter importer, int count) {
		String types = IntStream.range(0, count)
			.mapToObj(i -> """
					{"id":"extra-%03d","name":"Extra %03d","onPortal":%s,"durationMinutes":%d,
					 "skills":[{"skill":"gas","minLevel":1}]}""".formatted(i, i, i % 3 == 0, 10 + i))
			.collect(Collectors.joining(","));
		String json = "{\"serviceTypes\":[" + types + "]}";
		importer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
