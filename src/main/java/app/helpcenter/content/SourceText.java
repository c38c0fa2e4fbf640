package app.helpcenter.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a content file as strict UTF-8: invalid bytes and NUL characters are errors, never replacement
 * characters. A byte order mark is dropped and line endings become {@code \n}.
 */
final class SourceText {

	private SourceText() {
	}

	static String decode(byte[] bytes) throws ContentException {
		// The JDK's own decoding is several times faster than a decoder's; it replaces what it cannot decode
		// with U+FFFD, and only a text that has one is decoded again, strictly, to tell a byte that is wrong
		// from a replacement character the file really holds.
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') >= 0) {
			text = strictly(bytes);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\r') >= 0) {
			text = text.replace("\r\n", "\n").replace('\r', '\n');
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			int line = 1 + (int) text.substring(0, nul).chars().filter((c) -> c == '\n').count();
			int column = nul - text.lastIndexOf('\n', nul);
			throw new ContentException("NUL character in text", line, column);
		}
		return text;
	}

	private static String strictly(byte[] bytes) throws ContentException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			throw new ContentException(String.format("invalid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF,
					offset), lineOf(bytes, offset), 0);
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
