package app.helpcenter.site;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

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
 * Restarts over a render cache on disk: each start is a new {@link SiteBuilder} with a new {@link RenderCache} on
 * the same folder, as a new process would have, and counts what it rendered and what it took from the cache.
 */
class RenderCacheRestartTests {

	@TempDir
	Path work;

	private Path root;

	private Path cacheFolder;

	private final List<Start> open = new ArrayList<>();

	private int starts;

	@BeforeEach
	void content() {
		this.root = Fixtures.copy("live", this.work.resolve("content"));
		this.cacheFolder = this.work.resolve("cache");
	}

	@AfterEach
	void close() {
		stopAll();
	}

	@Test
	void aRestartOnUnchangedContentRendersNothingAndServesTheSameBytes() {
		Start first = start("build 1");
		assertThat(first.built.reload().renderedArticles()).isGreaterThan(3);
		assertThat(first.built.reload().cachedArticles()).isZero();

		Start second = start("build 1");
		assertThat(second.built.reload().renderedArticles()).isZero();
		assertThat(second.built.reload().cachedArticles()).isEqualTo(first.built.reload().renderedArticles());
		assertThat(second.built.reload().cachedPages()).isEqualTo(first.built.reload().preparedPages());
		assertThat(second.built.reload().searchDocuments()).isZero();
		assertThat(second.responses()).isEqualTo(first.responses());
		assertThat(second.searched()).isNotEmpty().isEqualTo(first.searched());
	}

	@Test
	void aRestartOnUnchangedContentReadsNoArticleAgain() {
		Start first = start("build 1");
		int articles = first.built.snapshot().articles().size();
		assertThat(articles).isGreaterThan(3);

		Start second = start("build 1");
		// The tables of contents and other files are read again; the articles are taken from the kept reading.
		assertThat(second.built.reload().readFiles()).isEqualTo(first.built.reload().readFiles() - articles);
		assertThat(second.built.snapshot().articles()).isEqualTo(first.built.snapshot().articles());
		assertThat(second.responses()).isEqualTo(first.responses());
	}

	@Test
	void anArticleBrokenWhileDownIsNotServedFromTheKeptReading() throws IOException {
		start("build 1");
		Path other = this.root.resolve("zh-tw/docs/other.md");
		byte[] bytes = Files.readAllBytes(other);
		bytes[bytes.length / 2] = (byte) 0xFF;
		Files.write(other, bytes);

		Start next = start("build 1");
		assertThat(next.text("/zh-tw/docs/other")).isNull();
		assertThat(next.text("/zh-tw/docs/start")).isNotNull();
		assertThat(next.built.problems()).anyMatch((problem) -> problem.file().equals(Path.of("zh-tw/docs/other.md"))
				&& problem.message().contains("invalid UTF-8"));
	}

	@Test
	void anArticleWhoseCodeSnippetChangedWhileDownIsReadAgain() throws IOException {
		Files.writeString(this.root.resolve("zh-tw/docs/sample.cs"), "Console.WriteLine(41);\n");
		Files.writeString(this.root.resolve("zh-tw/docs/code.md"),
				"---\ntitle: 程式碼\n---\n# 程式碼\n\n[!code-csharp[範例](sample.cs)]\n");
		Start first = start("build 1");
		assertThat(first.text("/zh-tw/docs/code")).contains("WriteLine(41)");
		// The snippet is not a file of the tree: only the kept reading knows the article was made from it.
		Files.writeString(this.root.resolve("zh-tw/docs/sample.cs"), "Console.WriteLine(42); // checked\n");

		Start next = start("build 1");
		assertThat(next.built.rendered()).containsExactly(Path.of("zh-tw/docs/code.md"));
		assertThat(next.text("/zh-tw/docs/code")).contains("WriteLine(42)");
	}

	@Test
	void aDamagedKeptReadingIsReadAgainNeverUsed() throws IOException {
		Start first = start("build 1");
		flipAByteInTheMiddle(readingEntry());

		Start second = start("build 1");
		assertThat(second.cache.damagedEntries()).isEqualTo(1);
		assertThat(second.built.reload().readFiles()).isEqualTo(first.built.reload().readFiles());
		assertThat(second.responses()).isEqualTo(first.responses());
		Start third = start("build 1");
		assertThat(third.built.reload().readFiles()).isLessThan(first.built.reload().readFiles());
	}

	@Test
	void aTableOfContentsEditedMakesTheResponsesOfItsDocsetAgainAndRendersNothing() throws IOException {
		Start first = start("build 1");
		edit("zh-tw/docs/TOC.md", "# [其他](other.md)", "# [其他文章](other.md)");

		Start next = start("build 1");
		assertThat(next.built.reload().renderedArticles()).isZero();
		Map<String, String> before = first.responses();
		Map<String, String> after = next.responses();
		List<String> made = after.keySet().stream().filter((url) -> !after.get(url).equals(before.get(url))).toList();
		assertThat(made).isNotEmpty().allMatch((url) -> url.contains("/docs/"));
		assertThat(next.built.reload().preparedPages() - next.built.reload().cachedPages()).isEqualTo(made.size());
		assertThat(next.text("/zh-tw/docs/start")).contains("其他文章");
	}

	@Test
	void anEditedArticleIsRenderedAgainAndTheOthersAreTakenFromTheCache() throws IOException {
		int articles = start("build 1").built.reload().renderedArticles();
		edit("zh-tw/docs/start.md", "先完成", "請先完成");

		Start next = start("build 1");
		assertThat(next.built.rendered()).containsExactly(Path.of("zh-tw/docs/start.md"));
		assertThat(next.built.reload().cachedArticles()).isEqualTo(articles - 1);
		// Its translated and side-by-side pages; its English page is the same as before, and read from the cache.
		assertThat(next.built.reload().preparedPages() - next.built.reload().cachedPages()).isEqualTo(2);
		assertThat(next.text("/zh-tw/docs/start")).contains("請先完成");
		// Its translated page's document, and the English page's, which holds the translation as its other text.
		assertThat(next.built.reload().searchDocuments()).isEqualTo(2);
	}

	@Test
	void anIncludeEditedRendersTheArticlesThatIncludeIt() throws IOException {
		start("build 1");
		edit("zh-tw/docs/includes/note.md", "共用的附註", "更新的附註");

		Start next = start("build 1");
		assertThat(next.built.rendered()).containsExactly(Path.of("zh-tw/docs/setup.md"));
		assertThat(next.text("/zh-tw/docs/setup")).contains("更新的附註");
	}

	@Test
	void anArticleWhoseLinkNowResolvesIsRenderedAgainThoughItsTextIsTheSame() throws IOException {
		start("build 1");
		Files.writeString(this.root.resolve("zh-tw/docs/later.md"), "---\ntitle: 稍後\n---\n# 稍後\n");

		Start next = start("build 1");
		assertThat(next.built.rendered()).containsExactlyInAnyOrder(Path.of("zh-tw/docs/start.md"),
				Path.of("zh-tw/docs/later.md"));
		assertThat(next.text("/zh-tw/docs/start")).contains("href=\"/zh-tw/docs/later\"");
	}

	@Test
	void aRestartOnUnchangedContentChecksNoArticleAgain() {
		List<String> before = new ArrayList<>();
		Reload first = start("build 1").checkAll(before);
		assertThat(first.checkedArticles()).isGreaterThan(3);
		assertThat(first.cachedChecks()).isZero();
		assertThat(before).anyMatch((finding) -> finding.contains("later.md"));

		List<String> after = new ArrayList<>();
		Reload second = start("build 1").checkAll(after);
		assertThat(second.checkedArticles()).isZero();
		assertThat(second.cachedChecks()).isEqualTo(first.checkedArticles());
		assertThat(after).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void aKeptCheckIsNotUsedOnceAFileItLookedForAppears() throws IOException {
		Reload first = start("build 1").checkAll(new ArrayList<>());
		Files.writeString(this.root.resolve("zh-tw/docs/later.md"), "---\ntitle: 稍後\n---\n# 稍後\n");

		List<String> findings = new ArrayList<>();
		Reload next = start("build 1").checkAll(findings);
		// start.md, whose link to later.md now finds it, and later.md itself; the others from the cache.
		assertThat(next.checkedArticles()).isEqualTo(2);
		assertThat(next.cachedChecks()).isEqualTo(first.checkedArticles() - 1);
		assertThat(findings).noneMatch((finding) -> finding.contains("later.md"));
	}

	@Test
	void anotherBuildOrAnotherLinkSettingFindsNothing() {
		int articles = start("build 1").built.reload().renderedArticles();

		assertThat(start("build 2").built.reload().cachedArticles()).isZero();
		Start otherUpstream = start(RenderCache.in(this.cacheFolder, 1 << 30, "build 1", "https://example.com/{locale}/",
				"en-us"));
		assertThat(otherUpstream.built.reload().renderedArticles()).isEqualTo(articles);
	}

	@Test
	void aTruncatedOrDamagedEntryIsRenderedAgainNeverServed() throws IOException {
		Start first = start("build 1");
		Path reading = readingEntry();
		List<Path> entries = entries().stream().filter((entry) -> !entry.equals(reading)).toList();
		try (RandomAccessFile truncated = new RandomAccessFile(entries.get(0).toFile(), "rw")) {
			truncated.setLength(truncated.length() / 2);
		}
		flipAByteInTheMiddle(entries.get(1));

		Start second = start("build 1");
		assertThat(second.cache.damagedEntries()).isEqualTo(2);
		// Each damaged entry (a rendering or a response) is made again, once.
		assertThat(made(second)).isEqualTo(2);
		assertThat(second.responses()).isEqualTo(first.responses());
		Start third = start("build 1");
		assertThat(made(third)).isZero();
		assertThat(third.cache.damagedEntries()).isZero();
	}

	@Test
	void aDamagedSearchIndexIsMadeAgain() throws IOException {
		Start first = start("build 1");
		stopAll();
		List<Path> segments;
		try (Stream<Path> files = Files.walk(this.cacheFolder)) {
			segments = files.filter((file) -> file.getFileName().toString().startsWith("segments_")).toList();
		}
		assertThat(segments).isNotEmpty();
		for (Path segment : segments) {
			try (RandomAccessFile truncated = new RandomAccessFile(segment.toFile(), "rw")) {
				truncated.setLength(truncated.length() / 2);
			}
		}

		Start second = start("build 1");
		assertThat(second.search().isKept()).isTrue();
		assertThat(second.built.reload().searchDocuments()).isGreaterThan(0);
		assertThat(second.searched()).isNotEmpty().isEqualTo(first.searched());
		assertThat(start("build 1").built.reload().searchDocuments()).isZero();
	}

	@Test
	void theSearchIndexOfAnotherBuildIsDeletedOnceNoProcessHoldsIt() {
		Start first = start("build 1");
		Path firstIndex = first.cache().searchFolder();
		assertThat(firstIndex).isDirectory();

		Start alongside = startAlongside(cache("build 2"));
		assertThat(alongside.search().isKept()).isTrue();
		assertThat(firstIndex).as("held by the running build 1").isDirectory();

		start("build 2");
		assertThat(firstIndex).as("no process holds it").doesNotExist();
	}

	@Test
	void twoInstancesOnOneFolderBothStartAndLeaveWholeEntries() throws Exception {
		int articles = start("build 1").built.reload().renderedArticles();
		deleteEntries();
		stopAll();
		CompletableFuture<Start> one = CompletableFuture.supplyAsync(() -> startAlongside(cache("build 1")));
		CompletableFuture<Start> two = CompletableFuture.supplyAsync(() -> startAlongside(cache("build 1")));
		assertThat(one.get().responses()).isEqualTo(two.get().responses());
		assertThat(one.get().searched()).isNotEmpty().isEqualTo(two.get().searched());
		// One of them keeps the search index; the other made its own for its run.
		assertThat(one.get().search().isKept()).isNotEqualTo(two.get().search().isKept());

		Start third = start("build 1");
		assertThat(third.built.reload().cachedArticles()).isEqualTo(articles);
		assertThat(made(third)).isZero();
		assertThat(third.cache.damagedEntries()).isZero();
		try (Stream<Path> files = Files.walk(this.cacheFolder)) {
			assertThat(files.filter(Files::isRegularFile)
				.filter((file) -> !this.cacheFolder.relativize(file).getName(0).toString().startsWith("search-"))
				.map(Path::toString)).allMatch((name) -> name.endsWith(".entry"));
		}
	}

	@Test
	void aSweepDeletesAbandonedWritesAndKeepsTheFolderWithinItsSize() throws IOException {
		start("build 1");
		List<Path> entries = entries();
		Path abandoned = entries.get(0).resolveSibling("abandoned.partial");
		Files.writeString(abandoned, "half an entry");
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		Path fresh = entries.get(0).resolveSibling("being-written.partial");
		Files.writeString(fresh, "half an entry");
		long total = 0;
		for (int i = 0; i < entries.size(); i++) {
			// The first entries were used longest ago.
			Files.setLastModifiedTime(entries.get(i), FileTime.from(Instant.now().minus(Duration.ofHours(entries.size() - i))));
			total += Files.size(entries.get(i));
		}
		long last = Files.size(entries.get(entries.size() - 1));

		RenderCache small = RenderCache.in(this.cacheFolder, total - 1, "build 1");
		small.sweep();
		small.close();
		assertThat(abandoned).doesNotExist();
		assertThat(fresh).exists();
		assertThat(entries.get(0)).doesNotExist();
		assertThat(entries.get(entries.size() - 1)).exists();
		assertThat(entries().stream().mapToLong(RenderCacheRestartTests::size).sum()).isLessThan(total - 1).isGreaterThanOrEqualTo(last);
	}

	/** The articles rendered and the responses made (not read from the cache) by a start. */
	private static int made(Start start) {
		Reload reload = start.built.reload();
		return reload.renderedArticles() + reload.preparedPages() - reload.cachedPages();
	}

	/**
	 * A start of the site as a new process makes it, with its own cache object on the folder, after the starts
	 * before it stopped (as a restart does).
	 */
	private Start start(String build) {
		return start(cache(build));
	}

	private RenderCache cache(String build) {
		return RenderCache.in(this.cacheFolder, 1 << 30, build, "https://learn.microsoft.com/{locale}/", "en-us");
	}

	private Start start(RenderCache cache) {
		stopAll();
		return startAlongside(cache);
	}

	/** A start while the others still run (a second instance on the same folders). */
	private Start startAlongside(RenderCache cache) {
		int number;
		synchronized (this) {
			number = ++this.starts;
		}
		SearchIndex search = new SearchIndex(new SearchProperties(100, 10, this.work.resolve("index-" + number),
				Duration.ofSeconds(1), 2000), cache.searchFolder());
		PageBuilder pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us");
		PageTemplate template = (list, sink) -> list.forEach((page) -> sink.accept(page,
				page.title() + "|" + page.navigation() + "|" + page.bodyHtml()));
		SiteBuilder builder = new SiteBuilder(this.root, 1024 * 1024, pages, template, search,
				this.work.resolve("responses-" + number), cache, Clock.systemUTC());
		SiteBuilder.Built built = builder.initial();
		cache.flush();
		Start start = new Start(builder, built, cache, search, responses(built), searched(built));
		synchronized (this) {
			this.open.add(start);
		}
		return start;
	}

	private void stopAll() {
		synchronized (this) {
			this.open.forEach(Start::close);
			this.open.clear();
		}
	}

	/** Every prepared response of a start, by URL. */
	private static Map<String, String> responses(SiteBuilder.Built built) {
		Map<String, String> responses = new TreeMap<>();
		built.snapshot().responses().prepared().forEach((url) -> responses.put(url,
				new String(built.snapshot().prepared(url).html(), StandardCharsets.UTF_8)));
		return responses;
	}

	/** What a search finds in a start, as URLs. */
	private static List<String> searched(SiteBuilder.Built built) {
		return built.snapshot()
			.search("zh-tw", "完成", 1)
			.map((results) -> results.hits().stream().map((hit) -> hit.url()).toList())
			.orElse(List.of());
	}

	private record Start(SiteBuilder builder, SiteBuilder.Built built, RenderCache cache, SearchIndex search,
			Map<String, String> responses, List<String> searched) {

		String text(String url) {
			return this.responses.get(url);
		}

		/** The content check of every article, as the reload after start-up runs it: what it did, and the findings. */
		Reload checkAll(List<String> findings) {
			SiteBuilder.Built checked = this.builder.next(this.built.snapshot(), Set.of(), true);
			checked.snapshot().findings().forEach((finding) -> findings.add(finding.finding().toString()));
			checked.snapshot().decRef();
			this.cache.flush();
			return checked.reload();
		}

		void close() {
			this.built.snapshot().decRef();
			this.search.close();
			this.cache.close();
		}

	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> files = Files.walk(this.cacheFolder)) {
			return files.filter((file) -> file.toString().endsWith(".entry")).sorted().toList();
		}
	}

	/** Damage as a failing disk does it: one byte changed, the length the same. */
	private static void flipAByteInTheMiddle(Path file) throws IOException {
		try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
			long middle = damaged.length() / 2;
			damaged.seek(middle);
			int value = damaged.read();
			damaged.seek(middle);
			damaged.write(value ^ 0x20);
		}
	}

	/** The entry of the articles read: the only one that names the content's files by their whole path. */
	private Path readingEntry() throws IOException {
		String name = new String(this.root.toRealPath().resolve("zh-tw/docs/start.md").toString()
			.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		List<Path> naming = new ArrayList<>();
		for (Path entry : entries()) {
			if (new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1).contains(name)) {
				naming.add(entry);
			}
		}
		assertThat(naming).hasSize(1);
		return naming.get(0);
	}

	private void deleteEntries() throws IOException {
		for (Path entry : entries()) {
			Files.delete(entry);
		}
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.root.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
