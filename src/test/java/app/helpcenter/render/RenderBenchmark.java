package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;

/**
 * Renders every article of a content tree into its pages several times in one JVM and prints how long each
 * round took: the first round is what a start-up pays, the last ones what the same work costs once the JIT
 * compiler has done its part. Also times flexmark alone (Markdown to HTML), on one thread. Run by
 * {@code bench/render.sh}; not a test.
 */
public final class RenderBenchmark {

	private RenderBenchmark() {
	}

	public static void main(String[] args) {
		Path root = Path.of((args.length > 0) ? args[0] : "../shared/corpus/content");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		Content content = new ContentLoader(1024 * 1024).load(root);
		int articles = content.articles().size();
		PageBuilder builder = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(30), "en-us");
		MarkdownRenderer markdown = new MarkdownRenderer();
		System.out.printf("content: %s, %d articles, %d cores%n", root, articles,
				Runtime.getRuntime().availableProcessors());
		for (int round = 1; round <= rounds; round++) {
			long start = System.nanoTime();
			int pages = builder.build(content).size();
			double pagesMillis = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			long characters = 0;
			for (Article article : content.articles()) {
				characters += markdown.toHtml(article.markdown()).length();
			}
			double markdownMillis = (System.nanoTime() - start) / 1e6;
			System.out.printf("round %2d: pages %6.0f ms (%d pages, %.0f articles/s, all cores); "
					+ "flexmark alone %6.0f ms (%.2f ms an article, one thread, %d characters)%n", round, pagesMillis,
					pages, articles / pagesMillis * 1000, markdownMillis, markdownMillis / articles, characters);
		}
	}

}
