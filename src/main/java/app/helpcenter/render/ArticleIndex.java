package app.helpcenter.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.helpcenter.content.Article;
import app.helpcenter.content.Hub;
import app.helpcenter.content.UnrenderedText;

/**
 * What exists in the content, as rendering asks about it: the articles by locale and path, the docsets that
 * have a landing page, and the locales served. Everything an article's pages depend on beyond its own text
 * is a question to this index, so that a later index can tell whether the answers changed.
 */
public final class ArticleIndex {

	private final Map<String, Map<String, Article>> articles;

	/** The docsets with a landing page, by locale, each as its folder with a trailing slash. */
	private final Map<String, Set<String>> hubFolders;

	/** The path of each article with a front-matter {@code uid}, by locale and uid. */
	private final Map<String, Map<String, String>> uids;

	private final String sourceLocale;

	private final List<String> translatedLocales;

	private final List<String> locales;

	/** The English heading of each path asked for before its English page was rendered, found once. */
	private final Map<String, String> headingsBeforeRendering = new ConcurrentHashMap<>();

	private ArticleIndex(Map<String, Map<String, Article>> articles, Map<String, Set<String>> hubFolders,
			String sourceLocale) {
		this.articles = articles;
		this.hubFolders = hubFolders;
		this.sourceLocale = sourceLocale;
		this.uids = new HashMap<>();
		articles.forEach((locale, byPath) -> byPath.values()
			.stream()
			.sorted(Comparator.comparing(Article::path))
			.forEach((article) -> article.frontMatter()
				.uid()
				.ifPresent((uid) -> this.uids.computeIfAbsent(locale, (key) -> new HashMap<>())
					.putIfAbsent(uid, article.path()))));
		this.translatedLocales = articles.keySet()
			.stream()
			.filter((locale) -> !locale.equals(sourceLocale))
			.toList();
		List<String> locales = new ArrayList<>(this.translatedLocales);
		if (!articles.isEmpty()) {
			locales.add(sourceLocale);
		}
		this.locales = List.copyOf(locales);
	}

	/**
	 * @param articles articles with one URL each
	 * @param sourceLocale where the source language is served ({@code helpcenter.content.source-locale})
	 */
	public static ArticleIndex of(Collection<Article> articles, Collection<Hub> hubs, String sourceLocale) {
		// Locales in order (the first translated one is the default); paths in hash maps, for speed.
		Map<String, Map<String, Article>> byLocale = new TreeMap<>();
		for (Article article : articles) {
			byLocale.computeIfAbsent(article.locale(), (locale) -> new HashMap<>()).putIfAbsent(article.path(), article);
		}
		Map<String, Set<String>> hubFolders = hubs.stream()
			.collect(Collectors.groupingBy(Hub::locale,
					Collectors.mapping((hub) -> hub.folder() + "/", Collectors.toUnmodifiableSet())));
		return new ArticleIndex(byLocale, hubFolders, sourceLocale);
	}

	/** The URL prefixes served: the translated locales, then English. */
	public List<String> locales() {
		return this.locales;
	}

	List<String> translatedLocales() {
		return this.translatedLocales;
	}

	/** Every article, by locale and then path. */
	public List<Article> articles() {
		return this.articles.values()
			.stream()
			.flatMap((byPath) -> byPath.values().stream().sorted(Comparator.comparing(Article::path)))
			.toList();
	}

	/** How many articles there are. */
	public int size() {
		return this.articles.values().stream().mapToInt(Map::size).sum();
	}

	/**
	 * Whether {@code other} has the same articles at the same paths, each with or without translated
	 * sentences, the same landing pages and the same uids: then no link or cross reference resolves differently
	 * and no language switch changes, and an article whose text is the same renders the same.
	 */
	public boolean sameShape(ArticleIndex other) {
		if (!this.articles.keySet().equals(other.articles.keySet()) || !this.hubFolders.equals(other.hubFolders)
				|| !this.uids.equals(other.uids) || !this.sourceLocale.equals(other.sourceLocale)) {
			return false;
		}
		for (Map.Entry<String, Map<String, Article>> locale : this.articles.entrySet()) {
			Map<String, Article> others = other.articles.get(locale.getKey());
			if (others.size() != locale.getValue().size()) {
				return false;
			}
			for (Map.Entry<String, Article> article : locale.getValue().entrySet()) {
				Article same = others.get(article.getKey());
				if (same == null || same.segmented() != article.getValue().segmented()) {
					return false;
				}
			}
		}
		return true;
	}

	public Optional<Article> article(String locale, String path) {
		return Optional.ofNullable(this.articles.getOrDefault(locale, Map.of()).get(path));
	}

	/** Where the source language (English) is served: its pages are made from every translation's originals. */
	public String sourceLocale() {
		return this.sourceLocale;
	}

	/** The path of the article of {@code locale} whose front matter has this {@code uid}, or {@code null}. */
	public String pathOfUid(String locale, String uid) {
		return this.uids.getOrDefault(locale, Map.of()).get(uid);
	}

	/**
	 * Whether a link target is served here: an article's path without extension, or a docset folder with a
	 * trailing slash for its landing page.
	 */
	public boolean exists(String locale, String path) {
		return this.articles.getOrDefault(locale, Map.of()).containsKey(path)
				|| this.hubFolders.getOrDefault(locale, Set.of()).contains(path);
	}

	/**
	 * The article the English page of a path comes from: the {@code en-us} folder's when it has one, otherwise
	 * the first translated locale's (in alphabetical order) that has it.
	 */
	public Article englishSource(String path) {
		return Stream.concat(Stream.of(this.sourceLocale), this.translatedLocales.stream())
			.map((locale) -> this.articles.getOrDefault(locale, Map.of()).get(path))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The heading of a path's English page as its Markdown gives it ({@link UnrenderedText#headingOf}, the rule of
	 * {@link ArticleRenderer#heading}), for the navigation of pages made before that page is rendered (an opening
	 * snapshot's); {@code null} when the path has no English page. Found once per index.
	 */
	public String englishHeadingBeforeRendering(String path) {
		Article english = englishSource(path);
		if (english == null) {
			return null;
		}
		boolean originals = !english.locale().equals(this.sourceLocale);
		return this.headingsBeforeRendering.computeIfAbsent(path,
				(key) -> ArticleRenderer.heading(UnrenderedText.headingOf(english.markdown(), originals), english));
	}

	/**
	 * Which locales have a path, and which of them have translated sentences: all that the language switch of
	 * the path's pages and the choice of its English source depend on, as a short text to compare.
	 */
	public String presence(String path) {
		StringBuilder presence = new StringBuilder(32);
		for (String locale : this.locales) {
			Article article = this.articles.getOrDefault(locale, Map.of()).get(path);
			if (article != null) {
				presence.append(locale).append(article.segmented() ? ":S," : ":A,");
			}
		}
		return presence.toString();
	}

}
