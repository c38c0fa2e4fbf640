package app.helpcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The fixture trees under {@code src/test/resources/fixtures}, as they are on the test class path. */
public final class Fixtures {

	private Fixtures() {
	}

	/** Copies a fixture tree into {@code to} (made if missing); returns {@code to}. */
	public static Path copy(String name, Path to) {
		Path from = path(name);
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return to;
	}

	public static Path path(String name) {
		URL url = Fixtures.class.getResource("/fixtures/" + name);
		if (url == null) {
			throw new IllegalArgumentException("No fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
