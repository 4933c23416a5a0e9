package org.fieldbook.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The admin's calls to a node's API and engine REST API, with HTTP Basic credentials. */
final class StaffApi {

	record Answer(int status, String body, HttpResponse<String> response) {
	}

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String CREDENTIALS = "Basic " + Base64.getEncoder()
		.encodeToString((FieldbookNode.ADMIN + ":" + FieldbookNode.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private StaffApi() {
	}

	static Answer get(FieldbookNode node, String pathAndQuery) {
		return send(HttpRequest.newBuilder(node.uri(pathAndQuery)).GET());
	}

	static Answer post(FieldbookNode node, String path, String json) {
		return send(HttpRequest.newBuilder(node.uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	static Answer put(FieldbookNode node, String path, String json) {
		return send(HttpRequest.newBuilder(node.uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.header("Authorization", CREDENTIALS)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			return new Answer(0, "", null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
