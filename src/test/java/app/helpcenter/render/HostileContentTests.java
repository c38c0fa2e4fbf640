package app.helpcenter.render;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.helpcenter.content.ContentLoader;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * One article per attack in {@code fixtures/hostile}: each is either rejected with a message naming the
 * file, or served with the dangerous part removed; the good article beside them is served intact.
 */
class HostileContentTests {

	private static Pages pages;

	@BeforeAll
	static void load() throws URISyntaxException {
		Path root = Path.of(Objects.requireNonNull(HostileContentTests.class.getResource("/fixtures/hostile")).toURI());
		pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key.toUpperCase(Locale.ROOT),
				Duration.ofMillis(500), "en-us")
			.build(new ContentLoader(128 * 1024).load(root));
	}

	@Test
	void rejectsEachBrokenFileWithItsReason() {
		Map<String, String> problems = pages.problems()
			.stream()
			.collect(Collectors.toMap((problem) -> problem.file().getFileName().toString(), LoadProblem::toString));
		assertThat(problems).containsOnly(
				entry("front-matter-duplicate-keys.md",
						"zh-tw/attacks/front-matter-duplicate-keys.md:3:1: front matter: key 'Title' appears twice (keys ignore case)"),
				entry("front-matter-java-tag.md",
						"zh-tw/attacks/front-matter-java-tag.md:2:8: front matter: Global tag is not allowed: tag:yaml.org,2002:java.net.URL"),
				entry("front-matter-malformed.md",
						"zh-tw/attacks/front-matter-malformed.md:3:1: front matter: while parsing a flow sequence started on line 2, column 8: expected ',' or ']', but got <stream end>"),
				entry("front-matter-oversized.md",
						"zh-tw/attacks/front-matter-oversized.md:2:1: front matter is 70025 characters, more than the limit of 65536"),
				entry("front-matter-too-deep.md",
						"zh-tw/attacks/front-matter-too-deep.md: front matter: Nesting Depth exceeded max 10"),
				entry("front-matter-unclosed.md",
						"zh-tw/attacks/front-matter-unclosed.md:1:1: front matter opened with '---' on line 1 is never closed"),
				entry("front-matter-yaml-bomb.md",
						"zh-tw/attacks/front-matter-yaml-bomb.md: front matter: Number of aliases for non-scalar nodes exceeds the specified max=10"),
				entry("invalid-utf8.md", "zh-tw/attacks/invalid-utf8.md:5: invalid UTF-8 (byte 0xC3 at offset 51)"),
				entry("nul-byte.md", "zh-tw/attacks/nul-byte.md:5:7: NUL character in text"),
				entry("oversized.md", "zh-tw/attacks/oversized.md: file is 228045 bytes, more than the limit of 131072"),
				entry("nested-lists.md", "zh-tw/attacks/nested-lists.md: cannot be rendered: nested too deeply (stack overflow)"),
				entry("nested-quotes.md",
						"zh-tw/attacks/nested-quotes.md: cannot be rendered: nested too deeply (stack overflow)"),
				entry("slow-links.md",
						"zh-tw/attacks/slow-links.md: rendering took longer than 500 ms and was abandoned"));
	}

	@Test
	void servesTheGoodArticleIntact() {
		Page translated = page("zh-tw", "good");
		assertThat(translated.headingHtml()).isEqualTo("<h1 id=\"good\"><span class=\"seg\" data-seg=\"g-1\" "
				+ "aria-describedby=\"en-g-1\">好文章<span class=\"seg-en\" id=\"en-g-1\" lang=\"en\" hidden=\"hidden\">"
				+ "Good article</span></span></h1>");
		Document body = Jsoup.parseBodyFragment(translated.bodyHtml());
		assertThat(VisibleText.of(body)).isEqualTo("請參閱說明。");
		assertThat(body.select("a").attr("href")).isEqualTo("https://example.com/help?a=1&b=2#top");
		assertThat(Jsoup.parseBodyFragment(page("en-us", "good").bodyHtml()).text()).isEqualTo("See help.");
	}

	@Test
	void servesAttackArticlesWithTheAttackRemoved() {
		assertThat(body("zh-tw", "script-tags")).isEqualTo("""
				<p>Text &lt;scr after.</p>
				<p><span class="seg" data-seg="s-1" aria-describedby="en-s-1">譯文<span class="seg-en" id="en-s-1" lang="en" hidden="hidden">Source</span></span></p>
				<p>&lt;script/xss src&#61;&#34;https://evil.example/y.js&#34;&gt;</p>
				<p><p title="&lt;/noscript&gt;&lt;img src&#61;x onerror&#61;alert(5)&gt;"></p></p>""");
		assertThat(body("zh-tw", "event-handlers")).isEqualTo("""
				<img src="https://learn.microsoft.com/x.png" alt="pic" loading="lazy" />
				<p><span class="seg" data-seg="e-1" aria-describedby="en-e-1">譯文<span class="seg-en" id="en-e-1" lang="en" hidden="hidden">Source</span></span></p>
				<p><a href="https://example.com" rel="noopener noreferrer">link</a></p>
				<div><p>paragraph</p></div>""");
		assertThat(page("zh-tw", "style").bodyHtml()).isEqualTo("<p>styled</p>");
		// <text> is an SVG element, not HTML: outside its <svg> it reads as the text it is.
		assertThat(page("zh-tw", "svg").bodyHtml()).isEqualTo("<p>&lt;text&gt;svg text&lt;/text&gt;</p>");
		assertThat(text("zh-tw", "forms")).isEqualTo("Sign in typed one");
		assertThat(page("zh-tw", "meta-refresh").bodyHtml()).endsWith(
				"<p><a href=\"https://learn.microsoft.com/zh-tw/attacks/page\" rel=\"noopener noreferrer\">relative</a></p>");
	}

	@Test
	void removesEveryDangerousUrlAndKeepsTheLinkText() {
		Document translated = Jsoup.parseBodyFragment(page("zh-tw", "url-schemes").bodyHtml());
		assertThat(VisibleText.of(translated)).isEqualTo("a b c d e f g h k 譯文");
		// A tab inside a scheme is dropped by browsers: "java\tscript:" is a script link too.
		assertThat(translated.select("a[href]")).isEmpty();
		assertThat(translated.select("img[src]")).isEmpty();
		Document english = Jsoup.parseBodyFragment(page("en-us", "url-schemes").bodyHtml());
		assertThat(english.select("[data-seg=u-1]").text()).isEqualTo("source");
		assertThat(english.select("[data-seg=u-1] a[href]")).isEmpty();
	}

	@Test
	void keepsTheTextOfUnpairedAndStraySpans() {
		assertThat(text("zh-tw", "unpaired-spans")).isEqualTo("只有譯文 Only source 譯文三Source four Stray closing tag here. never closed");
		assertThat(text("en-us", "unpaired-spans")).isEqualTo("只有譯文 Only source 譯文三Source four Stray closing tag here. never closed");
	}

	@Test
	void keepsHostileFrontMatterAsTextForTemplatesToEscape() {
		Page page = page("zh-tw", "hostile-title");
		assertThat(page.title()).isEqualTo("</title><script>alert(1)</script>");
		assertThat(page.author()).isEqualTo("<img src=x onerror=alert(3)>");
	}

	@Test
	void noServedPageHasScriptHandlersOrDangerousUrls() {
		List<String> found = pages.locales()
			.stream()
			.flatMap((locale) -> pages.list(locale)
				.stream()
				.flatMap((page) -> Stream.concat(Stream.of(page), pages.findBilingual(locale, page.path()).stream())))
			.flatMap((page) -> Jsoup.parseBodyFragment(page.headingHtml() + page.bodyHtml())
				.getAllElements()
				.stream()
				.flatMap((element) -> dangers(element).stream().map((danger) -> page.url() + ": " + danger)))
			.toList();
		assertThat(found).isEmpty();
		assertThat(pages.list("zh-tw")).hasSize(10);
		assertThat(pages.findBilingual("zh-tw", "attacks/script-tags")).as("side-by-side pages are checked too").isPresent();
	}

	@Test
	void recognisesDangersInUnsanitizedHtml() {
		Element link = Jsoup.parseBodyFragment("<a href=\" JaVa\tScript:x\" onclick=\"y\">a</a>").selectFirst("a");
		assertThat(dangers(link)).hasSize(2);
		assertThat(dangers(Jsoup.parseBodyFragment("<svg></svg>").selectFirst("svg"))).containsExactly("<svg>");
		assertThat(dangers(Jsoup.parseBodyFragment("<img src=\"DATA:image/png,x\">").selectFirst("img"))).hasSize(1);
		assertThat(dangers(Jsoup.parseBodyFragment("<img src=\"a.png\" alt=\"javascript:\">").selectFirst("img"))).isEmpty();
	}

	/** Attributes whose value is a URL a browser loads or follows; text such as {@code alt} may say anything. */
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "poster",
			"background", "cite", "longdesc", "data", "codebase", "archive", "manifest", "ping", "icon", "lowsrc",
			"dynsrc", "usemap", "xlink:href", "xml:base");

	/** What must never reach a reader: active elements, event handlers, inline styles and script URLs. */
	static List<String> dangers(Element element) {
		List<String> dangers = new ArrayList<>();
		if (List.of("script", "style", "iframe", "object", "embed", "form", "input", "button", "meta", "base", "link",
				"svg", "math", "noscript", "textarea", "select")
			.contains(element.normalName())) {
			dangers.add("<" + element.normalName() + ">");
		}
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001F]", "").toLowerCase(Locale.ROOT);
			if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
				dangers.add(name + "=" + attribute.getValue());
			}
			if (URL_ATTRIBUTES.contains(name)
					&& (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
				dangers.add(name + "=" + attribute.getValue());
			}
		}
		return dangers;
	}

	private static Page page(String locale, String name) {
		return pages.find(locale, "attacks/" + name).orElseThrow(() -> new AssertionError("not served: " + name));
	}

	/** The body HTML with the blank lines left where removed elements were taken out. */
	private static String body(String locale, String name) {
		return page(locale, name).bodyHtml().replaceAll("\n+", "\n");
	}

	private static String text(String locale, String name) {
		return VisibleText.of(page(locale, name).bodyHtml());
	}

}
