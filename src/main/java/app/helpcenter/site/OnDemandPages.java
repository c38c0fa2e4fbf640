package app.helpcenter.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import app.helpcenter.content.Article;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderedArticle;

/**
 * The pages of an opening snapshot, which knows every article but has rendered none: each article is rendered
 * (or read from the render cache) and its responses prepared the first time a reader asks for one of its pages,
 * then kept with the snapshot until the complete one replaces it. Two readers asking for the same article at
 * once wait for the one rendering; readers of other articles do not.
 */
final class OnDemandPages {

	/**
	 * One article's pages and their responses.
	 *
	 * @param rendering the article rendered
	 * @param pages its pages in every view, with their navigation
	 * @param responses their prepared responses
	 * @param rendered whether it was rendered now (or its rendering read from the render cache)
	 */
	record Made(RenderedArticle rendering, Pages pages, PreparedResponses responses, boolean rendered) {
	}

	private final Function<Article, Optional<Made>> make;

	private final Map<Path, CompletableFuture<Optional<Made>>> byFile = new ConcurrentHashMap<>();

	private final Map<String, PreparedResponses.Prepared> byUrl = new ConcurrentHashMap<>();

	private final AtomicInteger made = new AtomicInteger();

	private final AtomicInteger rendered = new AtomicInteger();

	/**
	 * @param make an article's pages and responses, or nothing when it cannot be rendered (the complete
	 * snapshot reports why)
	 */
	OnDemandPages(Function<Article, Optional<Made>> make) {
		this.make = make;
	}

	/** The pages of an article, made now if no reader has asked for them before. */
	Optional<Pages> pagesOf(Article article) {
		CompletableFuture<Optional<Made>> mine = new CompletableFuture<>();
		CompletableFuture<Optional<Made>> first = this.byFile.putIfAbsent(article.file(), mine);
		if (first != null) {
			return first.join().map(Made::pages);
		}
		try {
			Optional<Made> made = this.make.apply(article);
			made.ifPresent((pages) -> {
				pages.responses().urls().forEach((url) -> this.byUrl.put(url, pages.responses().get(url)));
				this.made.incrementAndGet();
				if (pages.rendered()) {
					this.rendered.incrementAndGet();
				}
			});
			mine.complete(made);
			return made.map(Made::pages);
		}
		catch (RuntimeException | Error ex) {
			this.byFile.remove(article.file(), mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	/** The rendering of an article file made on demand, or {@code null}: the complete build takes it over. */
	RenderedArticle rendering(Path file) {
		CompletableFuture<Optional<Made>> made = this.byFile.get(file);
		if (made == null || !made.isDone() || made.isCompletedExceptionally()) {
			return null;
		}
		return made.join().map(Made::rendering).orElse(null);
	}

	/** The response at this URL, if its article has been asked for. */
	PreparedResponses.Prepared prepared(String url) {
		return this.byUrl.get(url);
	}

	/** How many articles had their pages made on demand. */
	int madeArticles() {
		return this.made.get();
	}

	/** How many of those were rendered, not read from the render cache. */
	int renderedArticles() {
		return this.rendered.get();
	}

	/** Lets go of the responses made (when the snapshot is released by its last reader). */
	void release() {
		this.byFile.values()
			.stream()
			.filter((future) -> future.isDone() && !future.isCompletedExceptionally())
			.forEach((future) -> future.join().ifPresent((made) -> made.responses().release()));
	}

}
