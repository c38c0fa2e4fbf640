package app.helpcenter.search;

import java.nio.file.Path;
import java.time.Duration;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.ArticleIndex;

/**
 * Indexes a content tree from its articles' Markdown, as a first start does before any article is rendered,
 * ROUNDS times in one JVM, and prints each round's time (the first is what a start pays). Run by
 * {@code bench/search.sh unrendered}; not a test.
 */
public final class UnrenderedIndexBenchmark {

	private UnrenderedIndexBenchmark() {
	}

	public static void main(String[] args) {
		Path root = Path.of((args.length > 0) ? args[0] : "../shared/corpus/content");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Content content = new ContentLoader(1024 * 1024).load(root);
		ArticleIndex articles = ArticleIndex.of(content.articles(), content.hubs(), "en-us");
		for (int round = 1; round <= rounds; round++) {
			long start = System.nanoTime();
			try (SearchIndex index = new SearchIndex(
					new SearchProperties(100, 10, null, Duration.ofSeconds(1), 2000))) {
				index.indexUnrendered(articles);
				System.out.printf("round %d: %d articles indexed before rendering in %.0f ms%n", round,
						articles.size(), (System.nanoTime() - start) / 1e6);
			}
		}
	}

}
