package app.helpcenter.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.cache.RenderCache;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.search.SearchIndex;
import app.helpcenter.search.SearchProperties;
import app.helpcenter.search.SearchResults;
import app.helpcenter.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules: for each kind of change, which articles are read and rendered again and which pages
 * are prepared again, on a small tree of two docsets ({@code fixtures/live}). Each test changes files, builds
 * the next snapshot and looks at what the build did.
 */
class SiteBuilderTests {

	@TempDir
	Path work;

	private Path root;

	private Path docs;

	private SearchIndex search;

	private SiteBuilder builder;

	private SiteSnapshot current;

	@BeforeEach
	void build() {
		this.root = Fixtures.copy("live", this.work.resolve("content"));
		this.docs = this.root.resolve("zh-tw/docs");
		this.search = new SearchIndex(new SearchProperties(100, 10, this.work.resolve("index"), Duration.ofSeconds(1), 2000));
		PageBuilder pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us");
		// The responses are the page's title and body: enough to tell one rendering from another.
		PageTemplate template = (list, sink) -> list.forEach((page) -> sink.accept(page,
				page.title() + "|" + page.navigation() + "|" + page.bodyHtml()));
		this.builder = new SiteBuilder(this.root, 1024 * 1024, pages, template, this.search,
				this.work.resolve("responses"), RenderCache.none(), Clock.systemUTC());
		this.current = this.builder.initial().snapshot();
	}

	@AfterEach
	void close() {
		this.current.decRef();
		this.search.close();
	}

	@Test
	void rendersOnlyTheArticleWhoseSentenceChanged() throws IOException {
		edit("start.md", "先完成", "請先完成");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).containsExactly(Path.of("zh-tw/docs/start.md"));
		assertThat(next.snapshot().responses().prepared()).containsExactlyInAnyOrder("/zh-tw/docs/start",
				"/zh-tw/docs/start?view=bilingual", "/en-us/docs/start");
		assertThat(text("/zh-tw/docs/start")).contains("請先完成");
	}

	@Test
	void rendersNothingWhenAFileIsSavedUnchanged() throws IOException {
		Path start = this.docs.resolve("start.md");
		Files.writeString(start, Files.readString(start));
		SiteBuilder.Built next = next(start);
		assertThat(next.reload().readFiles()).isEqualTo(1);
		assertThat(next.rendered()).isEmpty();
		assertThat(next.snapshot().responses().prepared()).isEmpty();
	}

	@Test
	void rendersTheArticlesThatIncludeAChangedInclude() throws IOException {
		edit("includes/note.md", "共用的附註", "更新的附註");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).containsExactly(Path.of("zh-tw/docs/setup.md"));
		assertThat(text("/zh-tw/docs/setup")).contains("更新的附註");
	}

	@Test
	void rendersTheArticlesThatLinkToAnArticleAddedOrRemoved() throws IOException {
		Files.writeString(this.docs.resolve("later.md"), "---\ntitle: 稍後\n---\n# 稍後\n");
		SiteBuilder.Built added = next();
		assertThat(added.rendered()).containsExactlyInAnyOrder(Path.of("zh-tw/docs/start.md"),
				Path.of("zh-tw/docs/later.md"));
		assertThat(text("/zh-tw/docs/start")).contains("href=\"/zh-tw/docs/later\"");

		Files.delete(this.docs.resolve("setup.md"));
		SiteBuilder.Built removed = next();
		assertThat(removed.rendered()).containsExactly(Path.of("zh-tw/docs/start.md"));
		assertThat(this.current.prepared("/zh-tw/docs/setup")).isNull();
		assertThat(text("/zh-tw/docs/start")).contains("https://learn.microsoft.com/zh-tw/docs/setup");
	}

	@Test
	void rendersTheArticlesWhoseCrossReferenceChangesTarget() throws IOException {
		Files.writeString(this.docs.resolve("refers.md"), "---\ntitle: 參照\n---\n# 參照\n\n請參閱 <xref:docs.target>。\n");
		next();
		assertThat(text("/zh-tw/docs/refers")).doesNotContain("href=\"/zh-tw/docs/other\"").contains("docs.target");

		edit("other.md", "---\n", "---\nuid: docs.target\n");
		SiteBuilder.Built named = next();
		assertThat(named.rendered()).containsExactlyInAnyOrder(Path.of("zh-tw/docs/other.md"),
				Path.of("zh-tw/docs/refers.md"));
		assertThat(text("/zh-tw/docs/refers")).contains("href=\"/zh-tw/docs/other\"");
	}

	@Test
	void rendersBothSidesOfARename() throws IOException {
		Files.move(this.docs.resolve("setup.md"), this.docs.resolve("later.md"));
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).containsExactlyInAnyOrder(Path.of("zh-tw/docs/start.md"),
				Path.of("zh-tw/docs/later.md"));
		assertThat(this.current.find("zh-tw", "docs/setup")).isEmpty();
		assertThat(this.current.find("zh-tw", "docs/later")).isPresent();
	}

	@Test
	void preparesTheDocsetsPagesAgainWhenItsTableOfContentsChangesAndRendersNothing() throws IOException {
		edit("TOC.md", "# [其他](other.md)", "# [其他文章](other.md)");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).isEmpty();
		assertThat(next.snapshot().responses().prepared()).allMatch((url) -> url.contains("/docs/"))
			.contains("/zh-tw/docs/start", "/zh-tw/docs/other?view=bilingual")
			.doesNotContain("/zh-tw/guide/intro");
		assertThat(text("/zh-tw/docs/start")).contains("其他文章");
	}

	@Test
	void preparesTheDocsetsEnglishPagesAgainWhenAnEnglishHeadingChanges() throws IOException {
		edit("other.md", "<span data-stu-id=\"o-1\">Other</span>", "<span data-stu-id=\"o-1\">Something else</span>");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).containsExactly(Path.of("zh-tw/docs/other.md"));
		// The English navigation of the docset shows the new title; the Chinese one is unchanged.
		assertThat(next.snapshot().responses().prepared()).contains("/en-us/docs/start", "/en-us/docs/setup")
			.doesNotContain("/zh-tw/docs/start", "/en-us/guide/intro");
		assertThat(text("/en-us/docs/start")).contains("Something else");
	}

	@Test
	void rebuildsTheRedirectsAndRendersNothingWhenTheRedirectionFileChanges() throws IOException {
		Files.writeString(this.root.resolve("zh-tw/.openpublishing.redirection.json"),
				"{\"redirections\": [{\"source_path\": \"docs/old-other.md\", \"redirect_url\": \"/docs/other\"}]}");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).isEmpty();
		assertThat(this.current.redirect("zh-tw", "docs/old-other")).contains("/zh-tw/docs/other");
		assertThat(this.current.redirect("zh-tw", "docs/old-start")).isEmpty();
	}

	@Test
	void rendersTheArticleWhoseLanguageSwitchGainsALocale() throws IOException {
		Path japanese = Files.createDirectories(this.root.resolve("ja-jp/docs")).resolve("other.md");
		Files.writeString(japanese, "---\ntitle: その他\n---\n# その他\n");
		SiteBuilder.Built next = next();
		assertThat(next.rendered()).containsExactlyInAnyOrder(Path.of("zh-tw/docs/other.md"),
				Path.of("ja-jp/docs/other.md"));
		assertThat(this.current.find("zh-tw", "docs/other").orElseThrow().views()).extracting((view) -> view.url())
			.contains("/ja-jp/docs/other");
	}

	@Test
	void keepsTheLastGoodVersionOfABrokenArticleUntilItIsFixed() throws IOException {
		String good = Files.readString(this.docs.resolve("start.md"));
		edit("start.md", "title: 開始使用", "title: [broken");
		SiteBuilder.Built broken = next();
		assertThat(broken.rendered()).isEmpty();
		assertThat(text("/zh-tw/docs/start")).contains("開始使用");
		assertThat(broken.snapshot().findings()).extracting((finding) -> finding.finding().toString())
			.anyMatch((finding) -> finding.startsWith("zh-tw/docs/start.md:3:8: error: front matter"));

		Files.writeString(this.docs.resolve("start.md"), good.replace("先完成", "修正後先完成"));
		SiteBuilder.Built fixed = next();
		assertThat(fixed.rendered()).containsExactly(Path.of("zh-tw/docs/start.md"));
		assertThat(fixed.snapshot().findings()).extracting((finding) -> finding.finding().toString())
			.noneMatch((finding) -> finding.contains("front matter"));
		assertThat(text("/zh-tw/docs/start")).contains("修正後先完成");
	}

	@Test
	void keepsTheTimeAFindingWasFirstSeenAcrossReloads() throws IOException {
		edit("other.md", "與其他文章無關。</span>", "與其他文章無關。");
		SiteBuilder.Built first = next();
		SiteFinding finding = first.snapshot().findings().stream()
			.filter((found) -> found.finding().file().equals(Path.of("zh-tw/docs/other.md")))
			.findFirst()
			.orElseThrow();
		edit("start.md", "先完成", "請先完成");
		SiteBuilder.Built second = next();
		assertThat(second.snapshot().findings()).contains(finding);
	}

	@Test
	void searchesWithTheLocaleSynonymFileAsItChangesAndNamesItsBadLines() throws IOException {
		assertThat(searched("起步")).isEmpty();
		Path synonyms = this.root.resolve("zh-tw/search-synonyms.txt");
		Files.writeString(synonyms, "# 讀者的說法\n起步, 開始使用\na => b => c\n");
		SiteBuilder.Built added = next(synonyms);
		assertThat(added.rendered()).isEmpty();
		assertThat(searched("起步")).contains("/zh-tw/docs/start");
		assertThat(added.snapshot().findings()).extracting((finding) -> finding.finding().toString())
			.anyMatch((finding) -> finding.startsWith("zh-tw/search-synonyms.txt:3:") && finding.contains("synonyms"));

		Files.writeString(synonyms, "起跑, 開始使用\n");
		SiteBuilder.Built changed = next(synonyms);
		assertThat(searched("起步")).isEmpty();
		assertThat(searched("起跑")).contains("/zh-tw/docs/start");
		assertThat(changed.snapshot().findings()).extracting((finding) -> finding.finding().toString())
			.noneMatch((finding) -> finding.contains("search-synonyms.txt"));
	}

	private List<String> searched(String query) {
		return this.current.search("zh-tw", query, 1).orElseThrow().hits().stream().map(SearchResults.Hit::url).toList();
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.docs.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	/** The next snapshot, found by scanning (as after an overflow) and from the paths the watcher reported. */
	private SiteBuilder.Built next(Path... touched) {
		SiteBuilder.Built next = this.builder.next(this.current, List.of(touched), false);
		this.current.decRef();
		this.current = next.snapshot();
		return next;
	}

	private String text(String url) {
		return new String(this.current.prepared(url).html(), StandardCharsets.UTF_8);
	}

}
