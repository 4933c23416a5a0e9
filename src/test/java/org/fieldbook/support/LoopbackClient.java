package org.fieldbook.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A real HTTP client on a loopback address of its choice (Linux answers on all of 127.0.0.0/8): the test profile
 * trusts 127.0.0.1 as the TLS-terminating proxy, so a request from 127.0.0.3 is one from an untrusted client.
 */
public final class LoopbackClient {

	/** What came back: the status, the header lines, the body. */
	public record Response(int status, String head, String body) {

		public Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return head.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(line -> line.substring(prefix.length()).strip())
				.findFirst();
		}

	}

	private final InetAddress address;

	private final int port;

	public LoopbackClient(String address, int port) throws IOException {
		this.address = InetAddress.getByName(address);
		this.port = port;
	}

	/** A GET of the path with the given headers, over HTTP/1.0 so that the body is neither chunked nor kept alive. */
	public Response get(String path, Map<String, String> headers) throws IOException {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(address, 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int endOfHead = response.indexOf("\r\n\r\n");
			String head = response.substring(0, endOfHead);
			return new Response(Integer.parseInt(head.split(" ")[1]), head, response.substring(endOfHead + 4));
		}
	}

}
