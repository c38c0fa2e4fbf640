package app.helpcenter.search;

import java.nio.file.Path;

import app.helpcenter.render.Pages;

/**
 * The same relevance on the corpus from the index a first start searches before any article is rendered, made
 * from the articles' Markdown: the same queries, reader questions and titles find the same articles. Skipped, not
 * passed, where the corpus is not beside the checkout.
 */
class UnrenderedSearchRelevanceTests extends SearchRelevanceTests {

	@Override
	SearchIndex index(Path corpus, Pages pages) {
		return TestIndexes.unrendered(corpus, 20, 100);
	}

}
