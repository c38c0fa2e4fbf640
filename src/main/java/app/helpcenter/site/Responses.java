package app.helpcenter.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Making a response's bytes once: its gzip form and its strong ETag. */
public final class Responses {

	private Responses() {
	}

	/** A response kept in the heap (a search page, for as long as its snapshot caches it). */
	public static ResponseBytes inHeap(String html) {
		return inHeap(html.getBytes(StandardCharsets.UTF_8));
	}

	/** A response kept in the heap, from its bytes (suggestions' JSON). */
	public static ResponseBytes inHeap(byte[] bytes) {
		return new InHeap(gzip(bytes), bytes.length, etag(bytes));
	}

	static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] gunzip(byte[] compressed) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A strong ETag: the first half of the bytes' SHA-256, quoted. */
	static String etag(byte[] bytes) {
		try {
			return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record InHeap(byte[] compressed, int htmlLength, String etag) implements ResponseBytes {

		@Override
		public ByteBuffer gzip() {
			return ByteBuffer.wrap(this.compressed).asReadOnlyBuffer();
		}

		@Override
		public byte[] html() {
			return gunzip(this.compressed);
		}

	}

}
