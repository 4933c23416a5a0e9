package org.fieldbook.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/** Reads an import file strictly: malformed JSON, unknown fields and wrong types are named with their place. */
@Component
class MasterDataReader {

	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.build();

	MasterDataFile read(InputStream json) {
		try {
			MasterDataFile file = mapper.readValue(json, MasterDataFile.class);
			if (file == null) {
				throw new MasterDataRejectedException(new ImportProblem("file", null, "is empty"));
			}
			return file;
		}
		catch (JsonMappingException ex) {
			if (ex.getCause() instanceof StreamReadException malformed) {
				throw new MasterDataRejectedException(new ImportProblem(path(ex), null,
						"malformed JSON" + location(malformed.getLocation()) + ": " + malformed.getOriginalMessage()));
			}
			throw new MasterDataRejectedException(new ImportProblem(path(ex), null, ex.getOriginalMessage()
				.replaceAll(" \\(class org\\.fieldbook[^)]*\\)", "")
				.replaceAll("`org\\.fieldbook\\.[\\w.$]+`", "record") + location(ex.getLocation())));
		}
		catch (JsonProcessingException ex) {
			throw new MasterDataRejectedException(
					new ImportProblem("file", null, "malformed JSON" + location(ex.getLocation()) + ": "
							+ ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			throw new MasterDataRejectedException(new ImportProblem("file", null, "could not be read: " + ex.getMessage()));
		}
	}

	private static String path(JsonMappingException ex) {
		String path = ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining());
		return path.isEmpty() ? "file" : path.substring(1);
	}

	private static String location(JsonLocation location) {
		return location == null || location.getLineNr() < 0 ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
