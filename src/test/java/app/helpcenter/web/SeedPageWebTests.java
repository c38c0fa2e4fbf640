package app.helpcenter.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
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
 * The "can't sign in" article from the bundled content, fetched over HTTP in both languages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SeedPageWebTests {

	private static final Path SEED = Path.of("content/zh-tw/partner-center/unable-to-sign-in.md");

	private static final String SUPPORT = "https://docs.microsoft.com/microsoft-365/admin/contact-support-for-business-products?view=o365-worldwide&tabs=phone#ID0EAADAAA=Phone_support_";

	private static final String RESET = "https://docs.microsoft.com/azure/active-directory/user-help/active-directory-passwords-update-your-own-password#how-to-change-your-password";

	private static List<Segment> segments;

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeAll
	static void readSeed() throws IOException {
		segments = SourceSegments.of(Files.readString(SEED));
	}

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void endsEveryViewWithTheSupportRoutesOfItsLanguage() {
		for (String path : List.of("/zh-tw/partner-center/unable-to-sign-in",
				"/zh-tw/partner-center/unable-to-sign-in?view=bilingual", "/en-us/partner-center/unable-to-sign-in")) {
			Document page = this.http.page(path);
			boolean english = path.startsWith("/en-us/");
			String locale = english ? "en-us" : "zh-tw";
			// After the article, as its own landmark named by its heading.
			assertThat(page.select("article ~ aside.support")).as(path).hasSize(1);
			assertThat(page.select("aside.support").attr("aria-labelledby")).isEqualTo("support-title");
			assertThat(page.select("#support-title").text()).isEqualTo(english ? "Still need help?" : "仍需要協助嗎？");
			// The page the article itself sends a locked-out reader to, in the reader's language.
			assertThat(page.select(".support-action")).extracting((link) -> link.text() + " " + link.attr("href"))
				.containsExactly((english ? "Call support" : "撥打支援電話")
						+ " https://docs.microsoft.com/" + locale
						+ "/microsoft-365/admin/contact-support-for-business-products?view=o365-worldwide&tabs=phone",
						(english ? "Send a support request" : "提出支援要求") + " https://docs.microsoft.com/" + locale
								+ "/microsoft-365/admin/contact-support-for-business-products?view=o365-worldwide&tabs=online");
			assertThat(page.select(".support-hours").text()).isNotBlank()
				.startsWith(english ? "Hours:" : "服務時間：");
		}
	}

	@Test
	void seedHasNineSentences() {
		assertThat(segments).hasSize(9);
	}

	@Test
	void showsTranslationInTranslatedView() {
		Document page = this.http.page("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-Hant-TW");
		assertThat(page.title()).isEqualTo("無法登入合作夥伴中心 |合作夥伴中心");
		assertThat(VisibleText.of(page.selectFirst("h1"))).isEqualTo("如果您無法登入合作夥伴中心");
		String visible = SourceSegments.collapse(VisibleText.of(page.body()));
		for (Segment segment : segments) {
			assertThat(visible).contains(segment.translated());
			if (!segment.english().equals(segment.translated())) {
				assertThat(visible).doesNotContain(segment.english());
			}
		}
	}

	@Test
	void showsEnglishSourceInEnglishView() {
		Document page = this.http.page("/en-us/partner-center/unable-to-sign-in");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-US");
		assertThat(page.title()).isEqualTo("If you can't sign into Partner Center");
		assertThat(page.select("h1").text()).isEqualTo("If you can't sign into Partner Center");
		assertThat(page.select(".skip-link").text()).isEqualTo("Skip to main content");
		String visible = SourceSegments.collapse(VisibleText.of(page.body()));
		for (Segment segment : segments) {
			assertThat(visible).contains(segment.english());
			if (!segment.english().equals(segment.translated())) {
				assertThat(visible).doesNotContain(segment.translated());
			}
		}
	}

	@Test
	void keepsTheSameAnchorsInBothViews() {
		for (String locale : List.of("zh-tw", "en-us")) {
			Document page = this.http.page("/" + locale + "/partner-center/unable-to-sign-in");
			assertThat(page.select("h1").attr("id")).isEqualTo("if-you-cant-sign-into-partner-center");
			assertThat(page.select("h2#see-more")).hasSize(1);
		}
	}

	@Test
	void keepsSupportAndPasswordResetLinksExactly() {
		for (String locale : List.of("zh-tw", "en-us")) {
			Document page = this.http.page("/" + locale + "/partner-center/unable-to-sign-in");
			assertThat(page.select(".article-body a[href]").eachAttr("href")).containsSequence(SUPPORT, RESET);
			assertThat(page.select(".article-body a[href^=https]").eachAttr("rel")).containsOnly("noopener noreferrer");
		}
	}

	@Test
	void sendsSeeMoreLinksToUpstreamInThePageLanguage() {
		assertThat(this.http.page("/zh-tw/partner-center/unable-to-sign-in").select("#see-more + ul a").eachAttr("href"))
			.containsExactly("https://learn.microsoft.com/zh-tw/partner-center/verification-responses",
					"https://learn.microsoft.com/zh-tw/partner-center/reset-my-pasword",
					"https://learn.microsoft.com/zh-tw/partner-center/reset-a-user-password");
		assertThat(this.http.page("/en-us/partner-center/unable-to-sign-in").select("#see-more + ul a").eachAttr("href"))
			.containsExactly("https://learn.microsoft.com/en-us/partner-center/verification-responses",
					"https://learn.microsoft.com/en-us/partner-center/reset-my-pasword",
					"https://learn.microsoft.com/en-us/partner-center/reset-a-user-password");
	}

	@Test
	void showsMetadataFormattedForEachLanguage() {
		Document translated = this.http.page("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(translated.select("meta[name=description]").attr("content")).isEqualTo("如果您無法登入合作夥伴中心，應採取的步驟。");
		assertThat(translated.select("meta[name=keywords]").attr("content")).isEqualTo("登入問題, 忘記密碼, 密碼");
		assertThat(translated.select("time").attr("datetime")).isEqualTo("2020-04-08");
		assertThat(translated.select("time").text()).isEqualTo("2020年4月8日");
		assertThat(translated.select(".article-meta").text()).contains("LauraBrenner");
		Document english = this.http.page("/en-us/partner-center/unable-to-sign-in");
		assertThat(english.select("time").text()).isEqualTo("April 8, 2020");
		assertThat(english.select("meta[name=description]").attr("content")).startsWith("If you have forgotten your password");
	}

	@Test
	void linksToTheOtherLanguage() {
		Document translated = this.http.page("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(translated.select(".view-switch a[hreflang=en-US]").attr("href"))
			.isEqualTo("/en-us/partner-center/unable-to-sign-in");
		Document english = this.http.page("/en-us/partner-center/unable-to-sign-in");
		assertThat(english.select(".view-switch a[hreflang=zh-Hant-TW]").attr("href"))
			.isEqualTo("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(english.select(".view-switch a[aria-current=page]").text()).isEqualTo("English");
	}

	@Test
	void listsArticlesWithTitlesInEachLanguage() {
		assertThat(this.http.page("/zh-tw/").select(".article-list a").text()).isEqualTo("如果您無法登入合作夥伴中心");
		assertThat(this.http.page("/en-us/").select(".article-list a").text())
			.isEqualTo("If you can't sign into Partner Center");
		assertThat(this.http.page("/en-us/").select(".article-list a").attr("href"))
			.isEqualTo("/en-us/partner-center/unable-to-sign-in");
	}

	@Test
	void redirectsRootByAcceptLanguage() {
		// Without a language served, English: helpcenter.default-locale.
		assertThat(location("/")).isEqualTo("/en-us/");
		assertThat(location("/", "Accept-Language", "en-US,en;q=0.9")).isEqualTo("/en-us/");
		assertThat(location("/", "Accept-Language", "en-GB")).isEqualTo("/en-us/");
		assertThat(location("/", "Accept-Language", "zh-HK,zh;q=0.9,en;q=0.5")).isEqualTo("/zh-tw/");
		assertThat(location("/", "Accept-Language", "fr-FR, de;q=0.5")).isEqualTo("/en-us/");
		assertThat(location("/", "Accept-Language", "fr, en;q=0.3")).isEqualTo("/en-us/");
		assertThat(location("/", "Accept-Language", ";;q=abc,,\u00e9")).isEqualTo("/en-us/");
	}

	@Test
	void redirectsToCanonicalUrls() {
		assertThat(location("/zh-tw")).isEqualTo("/zh-tw/");
		assertThat(location("/ZH-TW/partner-center/unable-to-sign-in")).isEqualTo("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(location("/en-us/partner-center/unable-to-sign-in.md")).isEqualTo("/en-us/partner-center/unable-to-sign-in");
	}

	@Test
	void answersUnknownArticleWithNotFoundPageInPageLanguage() {
		HttpResponse<String> translated = this.http.get("/zh-tw/partner-center/no-such-article");
		assertThat(translated.statusCode()).isEqualTo(404);
		Document zh = Jsoup.parse(translated.body());
		assertThat(zh.select("h1").text()).isEqualTo("找不到頁面");
		assertThat(zh.select("main a").attr("href")).isEqualTo("/zh-tw/");
		HttpResponse<String> english = this.http.get("/en-us/no-such-article");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(english.body()).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void answersUnknownLocaleWithNotFoundPageInReaderLanguage() {
		HttpResponse<String> response = this.http.get("/fr-fr/partner-center/unable-to-sign-in", "Accept-Language", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
		assertThat(this.http.get("/no/such/page").statusCode()).isEqualTo(404);
	}

	@Test
	void neverShowsExceptionDetails() {
		for (String path : List.of("/zh-tw/nope", "/fr-fr/x", "/nope", "/zh-tw/partner-center/%E4%BD%A0")) {
			HttpResponse<String> response = this.http.get(path);
			assertThat(response.statusCode()).isBetween(400, 499);
			assertThat(response.body()).doesNotContain("Exception", "at app.", "Whitelabel", "Tomcat");
		}
	}

	private String location(String path, String... headers) {
		HttpResponse<String> response = this.http.get(path, headers);
		assertThat(response.statusCode()).isIn(301, 302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
