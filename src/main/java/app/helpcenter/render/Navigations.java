package app.helpcenter.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.helpcenter.content.Article;
import app.helpcenter.content.TableOfContents;

/**
 * The tables of contents of all docsets, each built once per page language and shared by its pages. An
 * article belongs to the docset of the nearest {@code TOC.md} in its folder or above.
 */
final class Navigations {

	private final Map<String, TableOfContents> byFolder = new HashMap<>();

	private final Map<String, Navigation> built = new HashMap<>();

	private final LinkResolver links;

	private final Map<String, String> englishHeadings;

	private final Map<String, Navigation> previous;

	/**
	 * @param tables the {@code TOC.md} files
	 * @param links resolves their links
	 * @param englishHeadings the English heading of each article that has an English page, by path
	 * @param previous the navigations built last time, by the same keys: one equal to its new version is taken
	 * over, so that the pages that show it are known to be unchanged
	 */
	Navigations(List<TableOfContents> tables, LinkResolver links, Map<String, String> englishHeadings,
			Map<String, Navigation> previous) {
		tables.forEach((table) -> this.byFolder.put(table.locale() + ":" + table.folder(), table));
		this.links = links;
		this.englishHeadings = englishHeadings;
		this.previous = previous;
	}

	/** The navigations built so far, by docset and page locale. */
	Map<String, Navigation> built() {
		return Map.copyOf(this.built);
	}

	/** The navigation for a page of {@code article} served under {@code pageLocale}, or {@code null}. */
	Navigation forArticle(Article article, String pageLocale) {
		String folder = article.folder();
		while (true) {
			TableOfContents table = this.byFolder.get(article.locale() + ":" + folder);
			if (table != null) {
				return this.built.computeIfAbsent(article.locale() + ":" + folder + ":" + pageLocale, (key) -> {
					Navigation navigation = navigation(table, pageLocale);
					Navigation before = this.previous.get(key);
					return navigation.equals(before) ? before : navigation;
				});
			}
			if (folder.isEmpty()) {
				return null;
			}
			int slash = folder.lastIndexOf('/');
			folder = (slash < 0) ? "" : folder.substring(0, slash);
		}
	}

	private Navigation navigation(TableOfContents table, String pageLocale) {
		String tocPath = table.folder().isEmpty() ? "TOC" : table.folder() + "/TOC";
		return new Navigation(table.entries().stream().map((entry) -> item(entry, table, tocPath, pageLocale)).toList());
	}

	private Navigation.Item item(TableOfContents.Entry entry, TableOfContents table, String tocPath, String pageLocale) {
		List<Navigation.Item> children = entry.children()
			.stream()
			.map((child) -> item(child, table, tocPath, pageLocale))
			.toList();
		String url = null;
		String articlePath = null;
		if (entry.href() != null) {
			url = this.links.resolve(entry.href(), table.locale(), tocPath, pageLocale);
			articlePath = this.links.article(entry.href(), table.locale(), tocPath).orElse(null);
		}
		String title = entry.title();
		String lang = null;
		if (pageLocale.equals(SiteLocales.ENGLISH) && !table.locale().equals(SiteLocales.ENGLISH)) {
			String english = (articlePath != null) ? this.englishHeadings.get(articlePath) : null;
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
