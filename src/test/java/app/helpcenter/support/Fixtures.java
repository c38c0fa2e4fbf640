package app.helpcenter.support;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The fixture trees under {@code src/test/resources/fixtures}, as they are on the test class path. */
public final class Fixtures {

	private Fixtures() {
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
