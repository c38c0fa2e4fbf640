package app.helpcenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;

/**
 * The URLs of the stylesheet and script with their content's hash in the name ({@code site-<md5>.css}), as
 * Spring's content version strategy serves them: a new version is a new URL, so browsers and proxies may
 * keep each one for a year.
 *
 * @param css the stylesheet's URL
 * @param js the script's URL (reading aids)
 * @param search the search box's script (suggestions as you type)
 * @param theme the script that applies the reader's colour scheme before the page is drawn
 */
public record Assets(String css, String js, String search, String theme) {

	static final String PATH = "/assets/";

	static Assets fromClasspath() {
		return new Assets(versioned("site.css"), versioned("reader.js"), versioned("search.js"),
				versioned("theme.js"));
	}

	private static String versioned(String name) {
		try (InputStream in = new ClassPathResource("static" + PATH + name).getInputStream()) {
			String hash = DigestUtils.md5DigestAsHex(in);
			int dot = name.lastIndexOf('.');
			return PATH + name.substring(0, dot) + "-" + hash + name.substring(dot);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read static asset " + name, ex);
		}
	}

}
