package app.helpcenter.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.lucene.search.ReferenceManager;
import org.awaitility.Awaitility;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import app.helpcenter.cache.RenderCache;
import app.helpcenter.render.Page;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.search.SearchIndex;
import app.helpcenter.search.SearchProperties;
import app.helpcenter.search.SearchResults;
import app.helpcenter.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A lazy start: the site answers from an opening snapshot, which renders an article when first asked for, while
 * the complete snapshot is built on the reload thread. The tests hold that build back (a gate on the reload
 * thread, right after the opening snapshot is swapped in) to ask for articles before it starts.
 */
class LazyStartTests {

	private static final Duration BOUND = Duration.ofMinutes(1);

	@TempDir
	Path work;

	private Path root;

	/** Holds the complete build back at its page template until counted down. */
	private volatile CountDownLatch gate = new CountDownLatch(1);

	private final List<Start> starts = new ArrayList<>();

	@BeforeEach
	void content() {
		this.root = Fixtures.copy("live", this.work.resolve("content"));
	}

	@AfterEach
	void stop() throws IOException {
		this.gate.countDown();
		for (Start start : this.starts) {
			start.close();
		}
	}

	@Test
	void anArticleAskedForBeforeTheBackgroundPassIsRenderedOnceAndServedAsTheCompleteSiteServesIt()
			throws Exception {
		Start start = start();
		assertThat(start.site.awaitOpened(BOUND)).isTrue();
		SiteSnapshot opening = start.site.acquire();
		try {
			assertThat(opening.isComplete()).isFalse();
			assertThat(opening.articles()).hasSize(4);
			Page page = opening.find("zh-tw", "docs/start").orElseThrow();
			String onDemand = html(opening, page);
			assertThat(onDemand).contains("先完成").contains("開始使用");
			// Its side-by-side page and its English page came with it: one rendering.
			assertThat(opening.findBilingual("zh-tw", "docs/start")).isPresent();
			Page english = opening.find("en-us", "docs/start").orElseThrow();
			// Its English navigation shows the English titles of articles not rendered yet (from their Markdown).
			String englishOnDemand = html(opening, english);
			assertThat(englishOnDemand).contains("Setup");
			assertThat(opening.prepared(page.url())).isNotNull();
			assertThat(opening.madeOnDemand()).isEqualTo(1);
			assertThat(opening.renderedOnDemand()).isEqualTo(1);
			assertThat(opening.find("zh-tw", "docs/nowhere")).isEmpty();
			// No index was kept from an earlier run: search answers from the articles' Markdown, indexed once the
			// opening snapshot is served.
			assertThat(start.site.awaitSearch(BOUND)).isTrue();
			assertThat(opening.canSearch()).isTrue();
			assertThat(opening.search("zh-tw", "完成", 1).orElseThrow().hits())
				.extracting(SearchResults.Hit::url)
				.contains("/zh-tw/docs/start");
			assertThat(opening.prepared("/zh-tw/docs/setup")).as("not asked for yet").isNull();

			this.gate.countDown();
			assertThat(start.site.awaitComplete(BOUND)).isTrue();
			SiteSnapshot complete = start.site.acquire();
			try {
				assertThat(complete.isComplete()).isTrue();
				assertThat(html(complete, complete.find("zh-tw", "docs/start").orElseThrow())).isEqualTo(onDemand);
				assertThat(html(complete, complete.find("en-us", "docs/start").orElseThrow())).isEqualTo(englishOnDemand);
				assertThat(complete.prepared("/zh-tw/docs/setup")).isNotNull();
				assertThat(complete.search("zh-tw", "完成", 1).orElseThrow().total()).isPositive();
			}
			finally {
				start.site.release(complete);
			}
			// The complete build took over the article rendered on demand, and rendered the other three.
			assertThat(start.site.lastReload().renderedArticles()).isEqualTo(3);
			assertThat(start.site.lastReload().cachedArticles()).isZero();
		}
		finally {
			start.site.release(opening);
		}
	}

	@Test
	void onAColdCacheReadinessIsUpOnceEveryArticleIsReadAndSearchedFromItsMarkdown() throws Exception {
		Start start = start();
		ContentHealthIndicator health = new ContentHealthIndicator(start.site);
		assertThat(start.site.awaitOpened(BOUND)).isTrue();
		assertThat(start.site.awaitSearch(BOUND)).isTrue();
		assertThat(start.site.isComplete()).isFalse();
		Health opening = health.health();
		assertThat(opening.getStatus()).isEqualTo(Status.UP);
		assertThat(opening.getDetails()).containsKey("preparing");
		assertThat(start.site.awaitComplete(Duration.ofMillis(50))).isFalse();

		this.gate.countDown();
		assertThat(start.site.awaitComplete(BOUND)).isTrue();
		assertThat(start.site.isComplete()).isTrue();
		Health complete = health.health();
		assertThat(complete.getStatus()).isEqualTo(Status.UP);
		assertThat(complete.getDetails()).doesNotContainKey("preparing");
	}

	@Test
	void aCheckAskedForWhilePreparingComesAsAReloadOfItsOwnAfterTheCompleteSnapshot() throws Exception {
		Start start = start();
		assertThat(start.site.awaitOpened(BOUND)).isTrue();
		start.site.checkAll();
		this.gate.countDown();
		assertThat(start.site.awaitComplete(BOUND)).isTrue();
		// The reload is recorded before its snapshot is swapped in: wait for the snapshot.
		Awaitility.await("the check after the complete snapshot")
			.atMost(BOUND)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> generation(start.site) >= 3);
		assertThat(generation(start.site)).isEqualTo(3);
		assertThat(start.site.lastReload().checkedArticles()).isEqualTo(4);
	}

	@Test
	void beforeTheContentIsReadNothingIsServedAndReadinessIsOutOfService() throws Exception {
		Start start = start(false);
		SiteSnapshot placeholder = start.site.acquire();
		try {
			assertThat(placeholder.isPlaceholder()).isTrue();
			assertThat(placeholder.isComplete()).isFalse();
			assertThat(placeholder.articles()).isEmpty();
			assertThat(placeholder.find("zh-tw", "docs/start")).isEmpty();
		}
		finally {
			start.site.release(placeholder);
		}
		assertThat(start.site.isOpened()).isFalse();
		assertThat(new ContentHealthIndicator(start.site).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		this.gate.countDown();
		start.site.prepare();
		assertThat(start.site.awaitComplete(BOUND)).isTrue();
		assertThat(start.site.isOpened()).isTrue();
	}

	@Test
	void aContentRootThatIsNotAFolderStopsTheStartAtOnce() {
		this.root = this.work.resolve("missing");
		assertThatIllegalStateException().isThrownBy(() -> start(false)).withMessageContaining("is not a folder");
	}

	@Test
	void anEmptyContentFolderCompletesToo() throws Exception {
		this.root = this.work.resolve("empty");
		Files.createDirectories(this.root);
		this.gate.countDown();
		Start start = start();
		assertThat(start.site.awaitComplete(BOUND)).isTrue();
		assertThat(new ContentHealthIndicator(start.site).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aRestartOnUnchangedContentRendersNothingOnDemandNorInTheBackgroundAndSearchesAtOnce() throws Exception {
		this.gate.countDown();
		Start first = start();
		assertThat(first.site.awaitComplete(BOUND)).isTrue();
		assertThat(first.site.lastReload().renderedArticles()).isEqualTo(4);
		first.close();
		this.starts.remove(first);

		this.gate = new CountDownLatch(1);
		Start second = start();
		assertThat(second.site.awaitOpened(BOUND)).isTrue();
		SiteSnapshot snapshot = second.site.acquire();
		try {
			assertThat(snapshot.isComplete()).isFalse();
			assertThat(snapshot.find("zh-tw", "docs/start")).isPresent();
			assertThat(snapshot.madeOnDemand()).isEqualTo(1);
			assertThat(snapshot.renderedOnDemand()).as("rendered, not taken from the render cache").isZero();
			// Search answers from the index the first start kept.
			assertThat(snapshot.canSearch()).isTrue();
			assertThat(snapshot.search("zh-tw", "完成", 1).orElseThrow().total()).isPositive();
		}
		finally {
			second.site.release(snapshot);
		}
		// Every article and search answer: ready before every page is prepared.
		assertThat(second.site.isComplete()).isFalse();
		assertThat(new ContentHealthIndicator(second.site).health().getStatus()).isEqualTo(Status.UP);
		this.gate.countDown();
		assertThat(second.site.awaitComplete(BOUND)).isTrue();
		assertThat(second.site.lastReload().renderedArticles()).isZero();
		// The other three from the render cache; the one asked for taken over from the opening snapshot.
		assertThat(second.site.lastReload().cachedArticles()).isEqualTo(3);
	}

	@Test
	void aRestartAfterAnEditDoesNotSearchTheIndexTheLastRunKept() throws Exception {
		this.gate.countDown();
		Start first = start();
		assertThat(first.site.awaitComplete(BOUND)).isTrue();
		first.close();
		this.starts.remove(first);
		Path start = this.root.resolve("zh-tw/docs/start.md");
		Files.writeString(start, Files.readString(start).replace("先完成", "請先完成"));

		this.gate = new CountDownLatch(1);
		Start second = start();
		assertThat(second.site.awaitOpened(BOUND)).isTrue();
		SiteSnapshot snapshot = second.site.acquire();
		try {
			assertThat(snapshot.canSearch()).as("the kept index was made from other content").isFalse();
		}
		finally {
			second.site.release(snapshot);
		}
		assertThat(new ContentHealthIndicator(second.site).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		this.gate.countDown();
		assertThat(second.site.awaitComplete(BOUND)).isTrue();
		snapshot = second.site.acquire();
		try {
			assertThat(snapshot.search("zh-tw", "請先完成", 1).orElseThrow().total()).isPositive();
		}
		finally {
			second.site.release(snapshot);
		}
	}

	@Test
	void aStopDuringTheBackgroundBuildEndsItWithoutServingIt() throws Exception {
		Start start = start();
		assertThat(start.site.awaitOpened(BOUND)).isTrue();
		// What LiveSite.stop asks first, while the reload thread waits at the gate before the complete build.
		start.builder.stop();
		this.gate.countDown();
		this.starts.remove(start);
		start.close();
		assertThat(start.site.isComplete()).isFalse();

		// It left nothing in the way of the next start, which renders every article.
		Start next = start();
		assertThat(next.site.awaitComplete(BOUND)).isTrue();
		assertThat(next.site.lastReload().renderedArticles()).isEqualTo(4);
	}

	private static long generation(LiveSite site) throws IOException {
		SiteSnapshot snapshot = site.acquire();
		try {
			return snapshot.generation();
		}
		finally {
			site.release(snapshot);
		}
	}

	private static String html(SiteSnapshot snapshot, Page page) {
		return new String(snapshot.prepared(page).html(), StandardCharsets.UTF_8);
	}

	/** A lazy start on the content, with a render cache in the test's folder shared by every start. */
	private Start start() {
		return start(true);
	}

	/**
	 * A lazy start on the content, with a render cache in the test's folder shared by every start.
	 * @param prepare whether to start preparing the content (the application does at once)
	 */
	private Start start(boolean prepare) {
		RenderCache cache = RenderCache.in(this.work.resolve("cache"), 1 << 30, "build 1",
				"https://learn.microsoft.com/{locale}/", "en-us");
		SearchIndex search = new SearchIndex(new SearchProperties(100, 10,
				this.work.resolve("index-" + this.starts.size()), Duration.ofSeconds(1), 2000), cache.searchFolder());
		Start start = new Start(cache, search);
		PageBuilder pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us");
		PageTemplate template = (list, sink) -> list
			.forEach((page) -> sink.accept(page, page.title() + "|" + page.navigation() + "|" + page.bodyHtml()));
		try {
			start.builder = new SiteBuilder(this.root, 1024 * 1024, pages, template, search,
					this.work.resolve("responses"), cache, Clock.systemUTC());
			start.site = new LiveSite(start.builder, Duration.ofMillis(50),
					Clock.systemUTC(), (reload) -> {
					}, true);
		}
		catch (RuntimeException ex) {
			search.close();
			cache.close();
			throw ex;
		}
		this.starts.add(start);
		// The first swap is the opening snapshot's: the reload thread waits there before the complete build.
		start.site.addListener(new ReferenceManager.RefreshListener() {

			private boolean opened;

			@Override
			public void beforeRefresh() {
			}

			@Override
			public void afterRefresh(boolean didRefresh) {
				if (didRefresh && !this.opened) {
					this.opened = true;
					awaitGate();
				}
			}

		});
		if (prepare) {
			start.site.prepare();
		}
		return start;
	}

	private void awaitGate() {
		try {
			this.gate.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class Start {

		private final RenderCache cache;

		private final SearchIndex search;

		private SiteBuilder builder;

		private LiveSite site;

		Start(RenderCache cache, SearchIndex search) {
			this.cache = cache;
			this.search = search;
		}

		void close() throws IOException {
			this.site.stop();
			this.search.close();
			this.cache.close();
		}

	}

}
