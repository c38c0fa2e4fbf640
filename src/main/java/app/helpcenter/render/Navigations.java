package app.helpcenter.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.helpcenter.content.Article;
import app.helpcenter.content.TableOfContents;

/**
 * The tables of contents of all docsets, each built once per page language and shared by its pages. An
 * article belongs to the docset of the nearest {@code TOC.md} in its folder or above.
 *
 * <p>
 * A navigation depends on its {@code TOC.md}, on whether each article it links to is here, and on the English
 * headings of those articles (English pages show them); each is recorded when it is built, so that the next
 * site can take it over unchanged without resolving its links again, and a navigation built again that comes
 * out equal is taken over too: the pages that show it are then known to be unchanged.
 */
final class Navigations {

	/** The tables of contents by locale, then folder. */
	private final Map<String, Map<String, TableOfContents>> byFolder = new HashMap<>();

	/** The navigations built so far, by table of contents (identity) and then page locale. */
	private final Map<TableOfContents, Map<String, Built>> built = new IdentityHashMap<>();

	private final String upstream;

	private final ArticleIndex index;

	private final Function<String, String> englishHeadings;

	private final Map<String, Built> previous;

	/**
	 * A navigation and everything it was built from.
	 *
	 * @param table its table of contents
	 * @param navigation the navigation
	 * @param dependencies whether each linked article was here, and its English heading
	 */
	record Built(TableOfContents table, Navigation navigation, Dependencies dependencies) {
	}

	/**
	 * @param tables the {@code TOC.md} files
	 * @param upstream where links to articles that are not here go
	 * @param index what is here
	 * @param englishHeadings the English heading of an article by path ({@code null} when it has no English page)
	 * @param previous the navigations built last time, by the same keys
	 */
	Navigations(List<TableOfContents> tables, String upstream, ArticleIndex index,
			Function<String, String> englishHeadings, Map<String, Built> previous) {
		tables.forEach((table) -> this.byFolder.computeIfAbsent(table.locale(), (locale) -> new HashMap<>())
			.put(table.folder(), table));
		this.upstream = upstream;
		this.index = index;
		this.englishHeadings = englishHeadings;
		this.previous = previous;
	}

	/** The navigations built so far, by docset and page locale ({@code zh-tw:docs:en-us}). */
	Map<String, Built> built() {
		Map<String, Built> byKey = new HashMap<>();
		this.built.forEach((table, byLocale) -> byLocale
			.forEach((pageLocale, navigation) -> byKey.put(key(table, pageLocale), navigation)));
		return Map.copyOf(byKey);
	}

	/** The table of contents of an article's docset: the nearest {@code TOC.md} in its folder or above. */
	TableOfContents tableOf(Article article) {
		Map<String, TableOfContents> tables = this.byFolder.get(article.locale());
		if (tables == null) {
			return null;
		}
		String folder = article.folder();
		while (true) {
			TableOfContents table = tables.get(folder);
			if (table != null || folder.isEmpty()) {
				return table;
			}
			int slash = folder.lastIndexOf('/');
			folder = (slash < 0) ? "" : folder.substring(0, slash);
		}
	}

	/** The navigation of a docset for pages served under {@code pageLocale}; {@code null} without a table. */
	Navigation navigation(TableOfContents table, String pageLocale) {
		if (table == null) {
			return null;
		}
		return this.built.computeIfAbsent(table, (key) -> new HashMap<>())
			.computeIfAbsent(pageLocale, (locale) -> navigation(table, locale, this.previous.get(key(table, locale))))
			.navigation();
	}

	private static String key(TableOfContents table, String pageLocale) {
		return table.locale() + ":" + table.folder() + ":" + pageLocale;
	}

	private Built navigation(TableOfContents table, String pageLocale, Built before) {
		if (before != null && before.table() == table
				&& before.dependencies().holdStill(this.index, this.englishHeadings)) {
			return before;
		}
		Dependencies dependencies = new Dependencies();
		LinkResolver links = new LinkResolver(this.upstream, dependencies.exists(this.index));
		String tocPath = table.folder().isEmpty() ? "TOC" : table.folder() + "/TOC";
		Navigation navigation = new Navigation(table.entries()
			.stream()
			.map((entry) -> item(entry, table, tocPath, pageLocale, links, dependencies))
			.toList());
		if (before != null && navigation.equals(before.navigation())) {
			navigation = before.navigation();
		}
		return new Built(table, navigation, dependencies);
	}

	private Navigation.Item item(TableOfContents.Entry entry, TableOfContents table, String tocPath, String pageLocale,
			LinkResolver links, Dependencies dependencies) {
		List<Navigation.Item> children = entry.children()
			.stream()
			.map((child) -> item(child, table, tocPath, pageLocale, links, dependencies))
			.toList();
		String url = null;
		String articlePath = null;
		if (entry.href() != null) {
			url = links.resolve(entry.href(), table.locale(), tocPath, pageLocale);
			articlePath = links.article(entry.href(), table.locale(), tocPath).orElse(null);
		}
		String title = entry.title();
		String lang = null;
		String source = this.index.sourceLocale();
		if (pageLocale.equals(source) && !table.locale().equals(source)) {
			String english = (articlePath != null) ? dependencies.heading(this.englishHeadings, articlePath) : null;
			if (english != null) {
				title = english;
			}
			else {
				lang = SiteLocales.languageTag(table.locale());
			}
		}
		Set<String> articlePaths = new HashSet<>();
		if (articlePath != null) {
			articlePaths.add(articlePath);
		}
		children.forEach((child) -> articlePaths.addAll(child.articlePaths()));
		return new Navigation.Item(title, lang, url, articlePath, children, articlePaths);
	}

}
