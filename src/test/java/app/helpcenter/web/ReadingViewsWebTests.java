package app.helpcenter.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.SourceSegments;
import app.helpcenter.support.SourceSegments.Segment;
import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading aids on the seed article, over HTTP: English originals ready to reveal, the side-by-side
 * view, the switch, the machine translation notice and the links search engines read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadingViewsWebTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	@LocalServerPort
	private int port;

	private HttpPages http;

	private List<Segment> segments;

	@BeforeEach
	void setUp() throws IOException {
		this.http = new HttpPages(this.port);
		this.segments = SourceSegments
			.of(Files.readString(Path.of("content/zh-tw/partner-center/unable-to-sign-in.md")));
	}

	@Test
	void keepsEachEnglishOriginalHiddenBesideItsTranslation() {
		Document page = this.http.page(SEED);
		for (Segment segment : this.segments) {
			Element sentence = page.selectFirst("[data-seg=" + segment.id() + "]");
			assertThat(sentence).as(segment.id()).isNotNull();
			if (segment.english().equals(segment.translated())) {
				assertThat(sentence.select(".seg-en")).isEmpty();
				continue;
			}
			Element original = page.getElementById("en-" + segment.id());
			assertThat(sentence.attr("aria-describedby")).isEqualTo("en-" + segment.id());
			assertThat(original.parent()).isSameAs(sentence);
			assertThat(original.attr("lang")).isEqualTo("en");
			assertThat(original.hasAttr("hidden")).isTrue();
			assertThat(SourceSegments.collapse(original.text())).isEqualTo(segment.english());
		}
	}

	@Test
	void startsMachineTranslatedArticlesWithOriginalsOnAndANotice() {
		Document page = this.http.page(SEED);
		assertThat(page.select("article.article").attr("data-reveal")).isEqualTo("on");
		assertThat(page.select(".reveal-toggle").attr("data-default")).isEqualTo("on");
		Element notice = page.selectFirst(".mt-notice");
		assertThat(notice.text()).contains("機器翻譯", "英文原文");
		assertThat(notice.select("a[hreflang=en-US]").attr("href")).isEqualTo("/en-us/partner-center/unable-to-sign-in");
		// The link's words are Chinese, whatever language it leads to: no lang="en" on them.
		assertThat(notice.select("a[hreflang=en-US]").text()).isEqualTo("閱讀英文原文");
		assertThat(notice.select("a[hreflang=en-US]").attr("lang")).isEmpty();
		assertThat(this.http.page("/en-us/partner-center/unable-to-sign-in").select(".mt-notice, .reveal-toggle")).isEmpty();
	}

	@Test
	void showsEveryBlockBesideItsEnglishInTheBilingualView() {
		Document page = this.http.page(SEED + "?view=bilingual");
		assertThat(page.select(".view-switch a[aria-current=page]").text()).isEqualTo("雙語");
		for (Segment segment : this.segments) {
			Element row = page.selectFirst(".bi-row:has([data-seg=" + segment.id() + "])");
			assertThat(row).as(segment.id()).isNotNull();
			if (row.hasClass("bi-same")) {
				assertThat(segment.english()).isEqualTo(segment.translated());
				continue;
			}
			assertThat(SourceSegments.collapse(VisibleText.of(row.selectFirst(".bi-translated"))))
				.contains(segment.translated());
			assertThat(SourceSegments.collapse(row.selectFirst(".bi-english").text())).contains(segment.english());
			assertThat(row.selectFirst(".bi-english").attr("lang")).isEqualTo("en");
		}
		assertThat(page.select(".bi-row .bi-translated ul li")).hasSize(3);
		assertThat(page.select(".bi-row .bi-english ul li a").eachAttr("href"))
			.allMatch((href) -> href.startsWith("https://learn.microsoft.com/en-us/"));
	}

	@Test
	void keepsTheBilingualViewOutOfSearchIndexes() {
		Document page = this.http.page(SEED + "?view=bilingual");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SEED);
		assertThat(this.http.page(SEED).select("meta[name=robots]")).isEmpty();
	}

	@Test
	void offersEveryViewAsAPlainLink() {
		for (String url : List.of(SEED, SEED + "?view=bilingual", "/en-us/partner-center/unable-to-sign-in")) {
			Document page = this.http.page(url);
			assertThat(page.select(".view-switch a").eachAttr("href")).as(url)
				.containsExactly(SEED, "/en-us/partner-center/unable-to-sign-in", SEED + "?view=bilingual");
			assertThat(page.select(".view-switch a[aria-current=page]").attr("href")).as(url).isEqualTo(url);
		}
		assertThat(this.http.page("/en-us/partner-center/unable-to-sign-in").select(".view-switch a").eachText())
			.containsExactly("繁體中文", "English", "Side by side");
	}

	@Test
	void linksEveryLanguageForSearchEngines() {
		for (String url : List.of(SEED, "/en-us/partner-center/unable-to-sign-in")) {
			Document page = this.http.page(url);
			assertThat(page.select("link[rel=alternate]"))
				.extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
				.containsExactly("zh-Hant-TW " + SEED, "en-US /en-us/partner-center/unable-to-sign-in",
						"x-default /en-us/partner-center/unable-to-sign-in");
			assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
		}
	}

	@Test
	void outlinesTheArticleInItsLanguage() {
		assertThat(this.http.page(SEED).select(".outline h2").text()).isEqualTo("本文內容");
		assertThat(this.http.page(SEED).select(".outline a").eachAttr("href")).containsExactly("#see-more");
		assertThat(this.http.page("/en-us/partner-center/unable-to-sign-in").select(".outline h2").text())
			.isEqualTo("In this article");
	}

	@Test
	void answersHostileViewsCookiesAndLanguagesWithTheArticle() {
		for (String query : List.of("?view=", "?view=BILINGUAL", "?view=%3Cscript%3E", "?view=bilingual%0d%0aX:1",
				"?view=../../etc/passwd", "?view=%7Bx%7D", "?view=bilingual&view=english", "?lang=xx")) {
			HttpResponse<String> response = this.http.get(SEED + query);
			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(response.body()).as(query).doesNotContain("<script>", "X:1");
		}
		for (String cookie : List.of("hc_view=<script>", "hc_view=../../x", "hc_view=\"\\\"", "hc_view=bilingual%0d%0a",
				"JSESSIONID=;;;", "=", "hc_view=" + "x".repeat(4000))) {
			assertThat(this.http.get(SEED, "Cookie", cookie).statusCode()).as(cookie).isEqualTo(200);
		}
		assertThat(this.http.get(SEED, "Accept-Language", "x-invalid;q=9, ;;").statusCode()).isEqualTo(200);
	}

	@Test
	void servesTheSameBytesWhateverTheCookies() {
		String plain = this.http.get(SEED).body();
		assertThat(this.http.get(SEED, "Cookie", "hc_view=en-us").body()).isEqualTo(plain);
	}

}
