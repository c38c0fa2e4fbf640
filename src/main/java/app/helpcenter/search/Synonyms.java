package app.helpcenter.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import app.helpcenter.content.ContentTree;
import app.helpcenter.content.LoadProblem;

/**
 * The words readers use for the words articles use, per locale: the help center's own list
 * ({@code search/synonyms.txt}, for Chinese and English), then each locale folder's {@code search-synonyms.txt},
 * which authors extend, and the {@code en-us} folder's for every locale (each locale's index holds English too).
 * The files are in Solr's synonym format: {@code 登不進去, 無法登入, 登入不了} makes the words equivalent,
 * {@code bill => invoice} makes the left ones also find the right ones; {@code #} starts a comment. They apply to
 * queries only, so a change needs no reindexing.
 */
public final class Synonyms {

	private static final String BUNDLED = "/search/synonyms.txt";

	private final Map<String, SynonymMap> byLocale;

	/** The help center's own list, for locales without a map of their own. */
	private final SynonymMap bundled;

	private Synonyms(Map<String, SynonymMap> byLocale, SynonymMap bundled) {
		this.byLocale = Map.copyOf(byLocale);
		this.bundled = bundled;
	}

	/** The help center's own list only, for every locale. */
	public static Synonyms bundled() {
		return of(Map.of(), List.of(), "").synonyms();
	}

	/**
	 * What a set of synonym files gives.
	 *
	 * @param synonyms the synonyms of each locale
	 * @param problems the lines that could not be read, as "locale: line N: what is wrong"
	 */
	record Parsed(Synonyms synonyms, List<Problem> problems) {
	}

	/**
	 * A line of a synonym file that could not be read.
	 *
	 * @param locale the locale folder of the file
	 * @param line its 1-based line, 0 when unknown
	 * @param message what is wrong
	 */
	record Problem(String locale, int line, String message) {
	}

	/**
	 * What the locale folders' synonym files give: the synonyms of each served locale, and each line that cannot
	 * be read as a problem of its file. The live site and the {@code check} command both read them so.
	 *
	 * @param synonyms the synonyms of each locale
	 * @param problems the problems of each file, by the file's entry
	 */
	public record Loaded(Synonyms synonyms, Map<ContentTree.Entry, List<LoadProblem>> problems) {
	}

	/**
	 * @param files the text of each locale folder's synonym file, by its entry in the content tree
	 * @param locales the locales served
	 */
	public static Loaded load(Map<ContentTree.Entry, String> files, List<String> locales, String sourceLocale) {
		Map<String, String> byLocale = new HashMap<>();
		Map<String, ContentTree.Entry> entries = new HashMap<>();
		files.forEach((entry, text) -> {
			byLocale.put(entry.folder().locale(), text);
			entries.put(entry.folder().locale(), entry);
		});
		Parsed parsed = of(byLocale, locales, sourceLocale);
		Map<ContentTree.Entry, List<LoadProblem>> problems = new HashMap<>();
		for (Problem problem : parsed.problems()) {
			ContentTree.Entry entry = entries.get(problem.locale());
			problems.computeIfAbsent(entry, (key) -> new ArrayList<>())
				.add(new LoadProblem(entry.reported(), problem.line(), 0, problem.message()));
		}
		return new Loaded(parsed.synonyms(), problems);
	}

	/**
	 * @param files the text of each locale folder's synonym file, by locale
	 * @param locales the locales served
	 * @param sourceLocale the locale of the source language, whose synonyms every locale's index also has
	 */
	static Parsed of(Map<String, String> files, List<String> locales, String sourceLocale) {
		List<Problem> problems = new ArrayList<>();
		String bundled = bundledText();
		String english = files.getOrDefault(sourceLocale, "");
		Map<String, SynonymMap> maps = new HashMap<>();
		for (String locale : locales) {
			SolrSynonymParser parser = parser(bundled);
			if (!locale.equals(sourceLocale)) {
				add(parser, english, sourceLocale, problems);
			}
			add(parser, files.getOrDefault(locale, ""), locale, problems);
			maps.put(locale, build(parser));
		}
		return new Parsed(new Synonyms(maps, build(parser(bundled))), problems.stream().distinct().toList());
	}

	/** A parser holding the help center's own list. */
	private static SolrSynonymParser parser(String bundled) {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, new BilingualAnalyzer());
		add(parser, bundled, null, List.of());
		return parser;
	}

	private static SynonymMap build(SolrSynonymParser parser) {
		try {
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds a file's rules line by line, so that one bad line of a locale's file is reported and the others are
	 * kept; a bad line in the help center's own list is a fault of the application and stops it.
	 */
	private static void add(SolrSynonymParser parser, String text, String locale, List<Problem> problems) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				parser.parse(new StringReader(line));
			}
			catch (ParseException | IOException | IllegalArgumentException ex) {
				if (locale == null) {
					throw new IllegalStateException(BUNDLED + " line " + (i + 1) + ": " + message(ex), ex);
				}
				problems.add(new Problem(locale, i + 1, "synonyms: " + message(ex)));
			}
		}
	}

	private static String message(Exception ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		if (message.contains("position increment")) {
			message += "; leave out words search ignores inside a phrase, such as to, the, of, in, my, how";
		}
		return message.replaceAll("\\s+", " ");
	}

	/** The synonyms of a locale's queries: its own map, or the help center's list when it has none. */
	SynonymMap forLocale(String locale) {
		return this.byLocale.getOrDefault(locale, this.bundled);
	}

	private static String bundledText() {
		try (InputStream in = Synonyms.class.getResourceAsStream(BUNDLED)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
