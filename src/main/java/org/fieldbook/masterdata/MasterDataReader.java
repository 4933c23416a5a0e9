package org.fieldbook.masterdata;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.fieldbook.system.ControlCharacters;
import org.fieldbook.system.JsonReadProblem;
import org.springframework.stereotype.Component;

/**
 * Reads an import file strictly: malformed JSON, unknown fields, wrong types and control characters are named
 * with their place in the file, in its words.
 */
@Component
class MasterDataReader {

	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.addModule(ControlCharacters.jsonModule())
		.build();

	MasterDataFile read(InputStream json) {
		try (JsonParser parser = mapper.createParser(json)) {
			MasterDataFile file = parser.nextToken() == null ? null : mapper.readValue(parser, MasterDataFile.class);
			if (file == null) {
				throw new MasterDataRejectedException(new ImportProblem("file", null, "is empty"));
			}
			return file;
		}
		catch (JsonProcessingException ex) {
			JsonReadProblem problem = JsonReadProblem.of(ex);
			throw new MasterDataRejectedException(
					new ImportProblem(problem.path().isEmpty() ? "file" : problem.path(), null, problem.message()));
		}
		catch (IOException ex) {
			throw new MasterDataRejectedException(new ImportProblem("file", null, "could not be read: " + ex.getMessage()));
		}
	}

}
