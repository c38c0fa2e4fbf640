package app.helpcenter.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.cache.RenderCache;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.search.SearchIndex;
import app.helpcenter.search.SearchProperties;
import app.helpcenter.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live site: a request that holds a snapshot reads it to the end whatever reloads swap in meanwhile, and
 * what only that snapshot held is let go when it is released; a reload that fails keeps the site as it was.
 */
class LiveSiteTests {

	private static final String START = "/zh-tw/docs/start";

	@TempDir
	Path work;

	private Path root;

	private SearchIndex search;

	private LiveSite site;

	@BeforeEach
	void start() {
		this.root = Fixtures.copy("live", this.work.resolve("content"));
		this.search = new SearchIndex(new SearchProperties(100, 10, this.work.resolve("index"), Duration.ofSeconds(1), 2000));
		PageBuilder pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us");
		PageTemplate template = (list, sink) -> list.forEach((page) -> sink.accept(page, page.bodyHtml()));
		this.site = new LiveSite(new SiteBuilder(this.root, 1024 * 1024, pages, template, this.search,
				this.work.resolve("responses"), RenderCache.none(), Clock.systemUTC()), Duration.ofMillis(50), Clock.systemUTC());
	}

	@AfterEach
	void stop() throws IOException {
		this.site.stop();
		this.search.close();
	}

	@Test
	void aRequestThatStartedBeforeASwapReadsItsOwnSnapshotToTheEnd() throws IOException {
		edit("先完成", "第一次修改後先完成");
		this.site.reloadNow();
		// A request holds the snapshot whose start page is in a store of its own (prepared by that reload).
		SiteSnapshot held = this.site.acquire();
		PreparedResponses.Prepared before = held.prepared(START);

		edit("第一次修改後先完成", "已換成新的版本");
		this.site.reloadNow();

		SiteSnapshot fresh = this.site.acquire();
		try {
			assertThat(fresh.generation()).isGreaterThan(held.generation());
			assertThat(html(fresh.prepared(START))).contains("已換成新的版本");
			assertThat(before.isReadable()).isTrue();
			assertThat(html(held.prepared(START))).contains("第一次修改後先完成").doesNotContain("已換成新的版本");
			assertThat(held.search("zh-tw", "已換成新的版本", 1).orElseThrow().hits()).isEmpty();
			assertThat(fresh.search("zh-tw", "已換成新的版本", 1).orElseThrow().hits()).isNotEmpty();
		}
		finally {
			this.site.release(fresh);
		}
		this.site.release(held);
		assertThat(held.refCount()).isZero();
		assertThat(before.isReadable()).as("the old response, used by no snapshot now").isFalse();
	}

	@Test
	void keepsTheSiteAsItWasWhenAReloadFails() throws IOException {
		// The folder for prepared responses becomes a file: the reload cannot keep what it prepares.
		Path responses = this.work.resolve("responses");
		try (var files = Files.walk(responses)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		Files.writeString(responses, "not a folder");
		long generation = generation();
		edit("先完成", "失敗的重新載入");
		this.site.reloadNow();

		assertThat(this.site.lastReload().succeeded()).isFalse();
		assertThat(generation()).isEqualTo(generation);
		SiteSnapshot current = this.site.acquire();
		try {
			assertThat(html(current.prepared(START))).contains("先完成");
		}
		finally {
			this.site.release(current);
		}
	}

	private long generation() throws IOException {
		SiteSnapshot current = this.site.acquire();
		try {
			return current.generation();
		}
		finally {
			this.site.release(current);
		}
	}

	private void edit(String from, String to) throws IOException {
		Path start = this.root.resolve("zh-tw/docs/start.md");
		Files.writeString(start, Files.readString(start).replace(from, to));
	}

	private static String html(PreparedResponses.Prepared prepared) {
		return new String(prepared.html(), StandardCharsets.UTF_8);
	}

}
