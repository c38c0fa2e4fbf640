package app.helpcenter.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.helpcenter.content.Article;
import app.helpcenter.content.UnrenderedText;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.ArticleRenderer;
import app.helpcenter.render.Page;
import app.helpcenter.render.Urls;

/**
 * The search documents of the pages an article index will have, made from the articles' Markdown
 * ({@link UnrenderedText}) before any is rendered, so that a first start answers searches while its pages are
 * rendered. Each is the document of the page the renderer makes of the same article in the same language
 * ({@code ArticleRenderer}): a translated locale's page of each of its articles, and the English page of each path
 * from its English source; the other language of each is its counterpart's, as {@link SearchDocuments} has it.
 * A page and its counterpart are written as one document ({@link #shared}), which the first update drops with
 * the whole index of them ({@code SearchIndex.indexUnrendered}).
 */
final class UnrenderedDocuments {

	private final ArticleIndex index;

	UnrenderedDocuments(ArticleIndex index) {
		this.index = index;
	}

	/** The content of one page's document and the locale of its index. */
	record Made(String locale, SearchDocuments.Content content) {
	}

	/** Every path that has a page, in no particular order. */
	List<String> paths() {
		return this.index.articles().stream().map(Article::path).distinct().toList();
	}

	/** The documents of every page of one path: each translated locale's, then the English page's when it has one. */
	List<Made> of(String path) {
		Map<String, UnrenderedText> texts = new HashMap<>();
		List<Made> made = new ArrayList<>();
		String source = this.index.sourceLocale();
		for (String locale : this.index.locales()) {
			if (locale.equals(source)) {
				Article english = this.index.englishSource(path);
				if (english != null) {
					made.add(new Made(locale, content(locale, english, true, firstTranslation(path), texts)));
				}
			}
			else {
				Article article = this.index.article(locale, path).orElse(null);
				if (article != null) {
					made.add(new Made(locale,
							content(locale, article, false, this.index.englishSource(path), texts)));
				}
			}
		}
		return made;
	}

	/**
	 * The documents of one path as a first start writes them, one per pair of pages that are each other's
	 * counterpart ({@link SearchDocuments#shared}): the English page and the first translated locale's page (its
	 * other language, whose other language is English) share one; a translated page whose English page has another
	 * language, and an English page with no translation, have one of their own.
	 */
	List<Shared> shared(String path) {
		List<Made> made = of(path);
		String source = this.index.sourceLocale();
		Made english = made.stream().filter((page) -> page.locale().equals(source)).findFirst().orElse(null);
		Article first = (english != null) ? firstTranslation(path) : null;
		List<Shared> shared = new ArrayList<>();
		for (Made page : made) {
			if (page == english) {
				if (first == null) {
					shared.add(new Shared(page, null));
				}
			}
			else {
				boolean mirrored = first != null && page.locale().equals(first.locale());
				shared.add(new Shared(page, mirrored ? english : null));
			}
		}
		return shared;
	}

	/**
	 * The pages of one document of an index that several locales share: {@code page}'s own text is its
	 * {@link SearchDocuments#OWN}, {@code mirror}'s (when there is one) its {@link SearchDocuments#OTHER}.
	 */
	record Shared(Made page, Made mirror) {
	}

	/**
	 * The content of the page of {@code article} in {@code locale}: in English (the source locale's page) or in the
	 * article's own language, with {@code counterpart}'s words as its other language.
	 */
	private SearchDocuments.Content content(String locale, Article article, boolean english, Article counterpart,
			Map<String, UnrenderedText> texts) {
		String path = article.path();
		UnrenderedText own = text(article, english, texts);
		UnrenderedText other = (counterpart != null) ? text(counterpart, !english, texts) : null;
		String heading = ArticleRenderer.heading(own.heading(), article);
		boolean fromOriginals = english && !article.locale().equals(this.index.sourceLocale());
		String title = ArticleRenderer.title(heading, article, fromOriginals);
		String otherHeading = (other == null) ? "" : ArticleRenderer.heading(other.heading(), counterpart);
		return new SearchDocuments.Content("/" + locale + "/" + Urls.path(path), path, title, heading, otherHeading,
				article.frontMatter().keywords(), own.headings() + "\n" + ((other != null) ? other.headings() : ""),
				own.body(), (other != null) ? other.body() : "",
				article.frontMatter().noindex() || Page.isArchived(path));
	}

	/** The article of the first translated locale that has {@code path}: the other language of its English page. */
	private Article firstTranslation(String path) {
		for (String locale : this.index.locales()) {
			if (!locale.equals(this.index.sourceLocale())) {
				Article article = this.index.article(locale, path).orElse(null);
				if (article != null) {
					return article;
				}
			}
		}
		return null;
	}

	/** An article's words in English (its originals, or its own words in the source locale) or in its own language. */
	private UnrenderedText text(Article article, boolean english, Map<String, UnrenderedText> texts) {
		boolean originals = english && !article.locale().equals(this.index.sourceLocale());
		return texts.computeIfAbsent(article.locale() + (originals ? " originals" : ""),
				(key) -> UnrenderedText.of(article.markdown(), originals));
	}

}
