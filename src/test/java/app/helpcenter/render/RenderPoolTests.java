package app.helpcenter.render;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the render pool hands on while it renders: each article as soon as it is rendered, so that a build stopped
 * halfway has kept what it made; never one that failed or ran past the time limit. And a rendering under way ends
 * when the pool is asked to stop.
 */
class RenderPoolTests {

	private static List<Article> articles;

	private static Map<Article, RenderedArticle> renderings;

	@BeforeAll
	static void render() {
		Content content = new ContentLoader(1024 * 1024).load(Fixtures.path("live"));
		ArticleIndex index = ArticleIndex.of(content.articles(), content.hubs(), "en-us");
		ArticleRenderer renderer = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us")
			.renderer();
		articles = index.articles().subList(0, 3);
		renderings = articles.stream().collect(Collectors.toMap(Function.identity(), (article) -> renderer.render(article, index)));
	}

	@Test
	void handsEachArticleOnAsSoonAsItIsRendered() throws InterruptedException {
		Article first = articles.get(0);
		Article second = articles.get(1);
		List<RenderedArticle> handed = new CopyOnWriteArrayList<>();
		CountDownLatch firstHanded = new CountDownLatch(1);
		List<RenderPool.Outcome> outcomes = new RenderPool(Duration.ofMinutes(1)).render(List.of(first, second),
				(article) -> {
				}, (article) -> {
					if (article == second && !await(firstHanded)) {
						throw new IllegalStateException("the first article was not handed on while the second rendered");
					}
					return renderings.get(article);
				}, (rendered) -> {
					handed.add(rendered);
					if (rendered.article() == first) {
						firstHanded.countDown();
					}
				});
		assertThat(outcomes).extracting(RenderPool.Outcome::problem).containsOnlyNulls();
		assertThat(handed).containsExactly(renderings.get(first), renderings.get(second));
	}

	@Test
	void handsOnNeitherAnArticleThatFailedNorOneThatRanPastTheLimit() {
		Article failing = articles.get(0);
		Article slow = articles.get(1);
		Article rendered = articles.get(2);
		CountDownLatch release = new CountDownLatch(1);
		List<RenderedArticle> handed = new CopyOnWriteArrayList<>();
		List<RenderPool.Outcome> outcomes = new RenderPool(Duration.ofMillis(100)).render(
				List.of(failing, slow, rendered), (article) -> {
				}, (article) -> {
					if (article == failing) {
						throw new IllegalArgumentException("broken");
					}
					if (article == slow) {
						await(release);
					}
					return renderings.get(article);
				}, handed::add);
		release.countDown();
		assertThat(outcomes.get(0).problem()).contains("broken");
		assertThat(outcomes.get(1).problem()).contains("longer than 100 ms");
		assertThat(outcomes.get(2).rendered()).isSameAs(renderings.get(rendered));
		assertThat(handed).containsExactly(renderings.get(rendered));
	}

	@Test
	void endsARenderingUnderWayWhenAskedToStop() throws Exception {
		int cores = Runtime.getRuntime().availableProcessors();
		List<Article> many = Collections.nCopies(cores + 2, articles.get(0));
		RenderPool pool = new RenderPool(Duration.ofMinutes(1));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger renders = new AtomicInteger();
		List<RenderedArticle> handed = new CopyOnWriteArrayList<>();
		CompletableFuture<List<RenderPool.Outcome>> rendering = CompletableFuture.supplyAsync(() -> pool.render(many,
				(article) -> {
				}, (article) -> {
					renders.incrementAndGet();
					started.countDown();
					await(release);
					return renderings.get(article);
				}, handed::add));
		try {
			assertThat(await(started)).isTrue();
			pool.stop();
			assertThatThrownBy(() -> rendering.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
		}
		finally {
			release.countDown();
		}
		// One article per core had begun; the others never did.
		assertThat(renders.get()).isLessThanOrEqualTo(cores).isLessThan(many.size());
		assertThat(handed).isEmpty();
	}

	/** Waits for a latch, with a bound that only a broken pool reaches. */
	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
