package app.helpcenter.search;

import java.nio.file.Path;
import java.time.Duration;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.render.Pages;

/** Search indexes of a content tree as the application builds them, for tests; close them after use. */
final class TestIndexes {

	private TestIndexes() {
	}

	static SearchIndex of(Path root, int maxResults) {
		return of(root, maxResults, 100);
	}

	static SearchIndex of(Path root, int maxResults, int maxQueryLength) {
		return of(pages(root), maxResults, maxQueryLength);
	}

	static SearchIndex of(Pages pages, int maxResults, int maxQueryLength) {
		return new SearchIndex(pages, new SearchProperties(maxQueryLength, maxResults, null, Duration.ofSeconds(1), 2000));
	}

	/**
	 * An index of a content tree made from its articles' Markdown, as a first start has it before any article is
	 * rendered ({@link SearchIndex#indexUnrendered}).
	 */
	static SearchIndex unrendered(Path root, int maxResults, int maxQueryLength) {
		Content content = new ContentLoader(1024 * 1024).load(root);
		SearchIndex index = new SearchIndex(
				new SearchProperties(maxQueryLength, maxResults, null, Duration.ofSeconds(1), 2000));
		index.indexUnrendered(ArticleIndex.of(content.articles(), content.hubs(), "en-us"));
		return index;
	}

	/** The pages of a content tree, as the application builds them. */
	static Pages pages(Path root) {
		return new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10), "en-us")
			.build(new ContentLoader(1024 * 1024).load(root));
	}

}
