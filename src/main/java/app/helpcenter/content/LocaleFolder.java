package app.helpcenter.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * One locale folder of the content root, and the only way content files are read. A docs repository takes
 * contributions as pull requests, and a pull request can hold a symbolic link to anywhere, so every path is
 * treated as hostile: it is resolved to its real path (every link followed) and read only when that lies
 * inside the real path of the folder and is a regular file. Reads stop at a limit of bytes actually read,
 * not at the size a file reports (files under {@code /proc} report 0). The folder itself may be a link, to a
 * checkout elsewhere.
 */
public final class LocaleFolder {

	private final String locale;

	private final Path name;

	private final Path real;

	private final long maxBytes;

	/**
	 * @param folder the locale folder as found under the content root (possibly a link)
	 * @param maxBytes the most bytes one file may have
	 * @throws IOException when its real path cannot be found
	 */
	LocaleFolder(Path folder, long maxBytes) throws IOException {
		this.locale = folder.getFileName().toString().toLowerCase(Locale.ROOT);
		this.name = folder.getFileName();
		this.real = folder.toRealPath();
		this.maxBytes = maxBytes;
	}

	/** The locale, lower case ({@code zh-tw}). */
	public String locale() {
		return this.locale;
	}

	/** The folder's real path: where its files are walked and what every file read must lie inside. */
	public Path real() {
		return this.real;
	}

	/** How a file below the folder is named in reports: from the content root, as the author sees it. */
	Path reported(Path file) {
		Path absolute = file.isAbsolute() ? file : this.real.resolve(file);
		Path inside = absolute.startsWith(this.real) ? this.real.relativize(absolute) : absolute.getFileName();
		return this.name.resolve(inside);
	}

	/**
	 * Reads a file as strict UTF-8.
	 * @param file the file, absolute or relative to the folder; it may be reached through links that stay inside
	 * @throws ContentException when it is outside the folder, not a regular file, too large or not valid text
	 * @throws NoSuchFileException when it does not exist
	 */
	String read(Path file) throws IOException, ContentException {
		return SourceText.decode(bytes(file, this.maxBytes));
	}

	/**
	 * A locale folder of the content, for reading files other than articles (images) at request time.
	 * @throws IOException when its real path cannot be found (it does not exist)
	 */
	public static LocaleFolder open(Path folder, long maxBytes) throws IOException {
		return new LocaleFolder(folder, maxBytes);
	}

	/**
	 * A file's bytes, read under the same rules as {@link #read} (inside the folder, a regular file, at most
	 * {@code maxBytes}); nothing when it is missing or breaks one of them.
	 */
	public Optional<byte[]> readIfAllowed(Path file, long maxBytes) {
		try {
			return Optional.of(bytes(file, maxBytes));
		}
		catch (IOException | ContentException ex) {
			return Optional.empty();
		}
	}

	private byte[] bytes(Path file, long maxBytes) throws IOException, ContentException {
		Path target = confined(file);
		BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		if (!attributes.isRegularFile()) {
			throw new ContentException(attributes.isDirectory() ? "is a folder, not a file"
					: "is not a regular file (a device, pipe or socket); it is not read", 0, 0);
		}
		if (attributes.size() > maxBytes) {
			throw new ContentException("file is " + attributes.size() + " bytes, more than the limit of " + maxBytes, 0,
					0);
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (bytes.length > maxBytes) {
			throw new ContentException("file is more than the limit of " + maxBytes + " bytes", 0, 0);
		}
		return bytes;
	}

	/**
	 * Whether a file or folder exists inside the folder, links followed; a path that leads outside does not.
	 */
	public boolean contains(Path file) {
		try {
			confined(file);
			return true;
		}
		catch (IOException | ContentException ex) {
			return false;
		}
	}

	/** The real path of a file, if it is inside the folder. */
	Optional<Path> realPath(Path file) {
		try {
			return Optional.of(confined(file));
		}
		catch (IOException | ContentException ex) {
			return Optional.empty();
		}
	}

	private Path confined(Path file) throws IOException, ContentException {
		Path absolute = (file.isAbsolute() ? file : this.real.resolve(file)).normalize();
		if (!absolute.startsWith(this.real)) {
			throw new ContentException("is outside the locale folder", 0, 0);
		}
		Path target = absolute.toRealPath();
		if (!target.startsWith(this.real)) {
			throw new ContentException("is a link to a file outside the locale folder; it is not read", 0, 0);
		}
		return target;
	}

}
