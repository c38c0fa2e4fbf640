package app.helpcenter.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text kept deflated: the articles' Markdown and HTML are held between loading and preparing the pages,
 * and with both languages in one String (two bytes a character) they take several times more room as
 * Strings than deflated. Each read inflates it again, which takes far less time than the parse or render
 * it feeds.
 */
public final class CompactText {

	private final byte[] deflated;

	private final int length;

	private CompactText(byte[] deflated, int length) {
		this.deflated = deflated;
		this.length = length;
	}

	public static CompactText of(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		try {
			deflater.setInput(bytes);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 16);
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return new CompactText(out.toByteArray(), bytes.length);
		}
		finally {
			deflater.end();
		}
	}

	/** The bytes this text takes in memory. */
	public int compactSize() {
		return this.deflated.length;
	}

	/** Writes it as it is kept (deflated), for {@link #readFrom}. */
	public void writeTo(DataOutput out) throws IOException {
		out.writeInt(this.length);
		out.writeInt(this.deflated.length);
		out.write(this.deflated);
	}

	/**
	 * Reads a text that {@link #writeTo} wrote, without deflating it again.
	 * @throws IOException when the lengths cannot be right
	 */
	public static CompactText readFrom(DataInput in) throws IOException {
		int length = in.readInt();
		int size = in.readInt();
		if (length < 0 || size < 0 || size > length + (length >> 3) + 1024) {
			throw new IOException("Impossible lengths of a deflated text: " + size + " for " + length);
		}
		byte[] deflated = new byte[size];
		in.readFully(deflated);
		return new CompactText(deflated, length);
	}

	/** Equal when the texts are: the same text always deflates to the same bytes. */
	@Override
	public boolean equals(Object other) {
		return other instanceof CompactText text && this.length == text.length
				&& Arrays.equals(this.deflated, text.deflated);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.deflated);
	}

	@Override
	public String toString() {
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(this.deflated);
			byte[] bytes = new byte[this.length];
			int read = 0;
			while (read < this.length) {
				int count = inflater.inflate(bytes, read, this.length - read);
				if (count == 0 && (inflater.finished() || inflater.needsInput())) {
					throw new IllegalStateException("Deflated text ends after " + read + " of " + this.length + " bytes");
				}
				read += count;
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("Deflated text is corrupt", ex);
		}
		finally {
			inflater.end();
		}
	}

}
