package org.fieldbook.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A deliberately naive HTTP/1.1 client over a plain socket: it sends exactly the bytes it is given (raw CR and LF,
 * encoded slashes, oversized headers, broken framing) and reads whatever comes back until the server closes the
 * connection. Each request is {@code Connection: close}, on a connection of its own.
 */
final class Wire {

	/** An answer as it came: status line, headers and the body, de-chunked. */
	record Answer(int status, List<String> headers, String body) {

		Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return headers.stream()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(line -> line.substring(prefix.length()).strip())
				.findFirst();
		}

		List<String> all(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return headers.stream()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(line -> line.substring(prefix.length()).strip())
				.toList();
		}

	}

	private static final int TIMEOUT_MILLIS = 20_000;

	private final int port;

	Wire(int port) {
		this.port = port;
	}

	String origin() {
		return "localhost:" + port;
	}

	/**
	 * A request as the bytes of the wire: a {@code Host} and a new client address (a trusted proxy's
	 * {@code X-Forwarded-For}) unless the headers name their own, {@code Connection: close}, and the body's length.
	 */
	byte[] request(String method, String target, List<FuzzRequest.Param> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("Host"))) {
			head.append("Host: ").append(origin()).append("\r\n");
		}
		if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("X-Forwarded-For"))) {
			head.append("X-Forwarded-For: ").append(Addresses.next()).append("\r\n");
		}
		head.append("Connection: close\r\n");
		headers.forEach(header -> head.append(header.name()).append(": ").append(header.value()).append("\r\n"));
		if (body != null && headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("Content-Length")
				|| header.name().equalsIgnoreCase("Transfer-Encoding"))) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		if (body == null) {
			return start;
		}
		byte[] whole = Arrays.copyOf(start, start.length + body.length);
		System.arraycopy(body, 0, whole, start.length, body.length);
		return whole;
	}

	/** Sends the bytes and reads the answer; an answer of nothing at all (the server hung up) has status 0. */
	Answer exchange(byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(TIMEOUT_MILLIS);
			try {
				OutputStream out = socket.getOutputStream();
				out.write(request);
				out.flush();
			}
			catch (IOException hungUpWhileSending) {
				// Tomcat refuses an oversized request early; its answer may still be there to read.
			}
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException closed) {
			return new Answer(FuzzResponse.CLOSED, List.of(), "");
		}
	}

	private static byte[] readAll(InputStream in) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[16_384];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (IOException resetAfterAnswering) {
			// What arrived before the reset is the answer.
		}
		return bytes.toByteArray();
	}

	private static Answer parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/") || end < 0) {
			return new Answer(FuzzResponse.CLOSED, List.of(), new String(bytes, StandardCharsets.UTF_8));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		String[] statusLine = lines[0].split(" ", 3);
		List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
		byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
		boolean chunked = headers.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).matches("transfer-encoding:\\s*chunked\\s*"));
		return new Answer(Integer.parseInt(statusLine[1]), headers,
				new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOfCrLf(body, at);
			if (lineEnd < 0) {
				break;
			}
			String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
			int length;
			try {
				length = Integer.parseInt(size, 16);
			}
			catch (NumberFormatException notChunked) {
				break;
			}
			if (length == 0) {
				break;
			}
			int from = lineEnd + 2;
			out.write(body, from, Math.min(length, body.length - from));
			at = from + length + 2;
		}
		return out.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
