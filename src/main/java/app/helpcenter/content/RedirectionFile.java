package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code .openpublishing.redirection.json} at a locale root. Real repositories leave trailing commas
 * in it, which DocFX accepts, so this does too.
 */
public final class RedirectionFile {

	public static final String NAME = ".openpublishing.redirection.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
		.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
		.build();

	private RedirectionFile() {
	}

	static List<Redirect> read(LocaleFolder folder, Collection<LoadProblem> problems) {
		Path relative = folder.reported(Path.of(NAME));
		String locale = folder.locale();
		List<Redirect> redirects = new ArrayList<>();
		try {
			JsonNode entries = JSON.readTree(folder.read(Path.of(NAME))).path("redirections");
			for (JsonNode entry : entries) {
				String source = entry.path("source_path").asString("").strip();
				String target = entry.path("redirect_url").asString("").strip();
				if (source.isEmpty() || target.isEmpty()) {
					problems.add(new LoadProblem(relative, 0, 0, "redirection without source_path or redirect_url: " + entry));
					continue;
				}
				redirects.add(new Redirect(locale, source.replaceFirst("(?i)\\.md$", "").replaceFirst("^/", ""), target));
			}
		}
		catch (JacksonException ex) {
			problems.add(new LoadProblem(relative, ex.getLocation() != null ? ex.getLocation().getLineNr() : 0,
					ex.getLocation() != null ? ex.getLocation().getColumnNr() : 0, "not valid JSON: " + ex.getOriginalMessage()));
		}
		catch (ContentException ex) {
			problems.add(new LoadProblem(relative, ex.line(), ex.column(), ex.getMessage()));
		}
		catch (NoSuchFileException ex) {
			// A locale folder without redirects.
		}
		catch (IOException ex) {
			problems.add(new LoadProblem(relative, 0, 0, "cannot be read: " + ProblemText.of(ex)));
		}
		return redirects;
	}

}
