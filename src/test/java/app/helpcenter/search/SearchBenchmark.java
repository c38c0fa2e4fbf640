package app.helpcenter.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.Page;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.render.Pages;

/**
 * Builds the search index of a content tree and runs many queries against it, printing the build time and
 * the query latency percentiles. Run by {@code bench/search.sh}; not a test.
 */
public final class SearchBenchmark {

	private SearchBenchmark() {
	}

	public static void main(String[] args) {
		Path root = Path.of((args.length > 0) ? args[0] : "../shared/corpus/content");
		int queryCount = (args.length > 1) ? Integer.parseInt(args[1]) : 5000;
		boolean unrendered = args.length > 2 && args[2].equals("unrendered");
		Content content = new ContentLoader(1024 * 1024).load(root);
		Pages pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us")
			.build(content);
		long start = System.nanoTime();
		SearchProperties properties = new SearchProperties(100, 10, null, Duration.ofSeconds(1), 2000);
		SearchIndex index;
		if (unrendered) {
			// The index a first start searches before any page is rendered, made from the articles' Markdown.
			index = new SearchIndex(properties);
			index.indexUnrendered(ArticleIndex.of(content.articles(), content.hubs(), "en-us"));
		}
		else {
			index = new SearchIndex(pages, properties);
		}
		double buildMillis = (System.nanoTime() - start) / 1e6;

		List<String[]> queries = queries(pages, queryCount);
		for (int i = 0; i < Math.min(500, queries.size()); i++) {
			index.search(queries.get(i)[0], queries.get(i)[1]);
		}
		long[] nanos = new long[queries.size()];
		int hits = 0;
		for (int i = 0; i < queries.size(); i++) {
			long before = System.nanoTime();
			hits += index.search(queries.get(i)[0], queries.get(i)[1]).orElseThrow().hits().size();
			nanos[i] = System.nanoTime() - before;
		}
		Arrays.sort(nanos);
		System.out.printf("content: %s, %d pages in %d locales, %s index%n", root, pages.size(), pages.locales().size(),
				unrendered ? "Markdown (first start)" : "pages'");
		System.out.printf("index build: %.0f ms%n", buildMillis);
		System.out.printf("queries: %d (after 500 warm-up), average %.1f hits each%n", nanos.length,
				(double) hits / nanos.length);
		System.out.printf("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(nanos, 50),
				percentile(nanos, 90), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
		index.close();
	}

	/** Words and two-word phrases from the pages' headings, in both locales, in a fixed random order. */
	private static List<String[]> queries(Pages pages, int count) {
		List<String[]> pool = new ArrayList<>();
		for (String locale : pages.locales()) {
			for (Page page : pages.list(locale)) {
				String heading = page.heading();
				pool.add(new String[] { locale, heading });
				if (heading.length() > 4) {
					pool.add(new String[] { locale, heading.substring(0, 2) });
					pool.add(new String[] { locale, heading.substring(heading.length() / 2, heading.length() / 2 + 3) });
				}
			}
		}
		Random random = new Random(42);
		List<String[]> queries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			queries.add(pool.get(random.nextInt(pool.size())));
		}
		return queries;
	}

	private static double percentile(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
	}

}
