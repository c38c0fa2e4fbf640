package app.helpcenter.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three translations of the same article from one English source ({@code fixtures/locales}: zh-tw, zh-cn and
 * ja-jp, and an article only in ja-jp): each locale links its own views, names every language rightly, speaks
 * its own interface language, and the English site has the English of every article.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "helpcenter.content.root=src/test/resources/fixtures/locales")
class MultiLocaleWebTests {

	private static final List<String> LOCALES = List.of("zh-tw", "zh-cn", "ja-jp");

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void linksEachLocalesPagesToTheirOwnViews() {
		for (String locale : LOCALES) {
			Document page = this.http.page("/" + locale + "/docs/reset-password");
			assertThat(page.select(".view-switch a").eachAttr("href")).as(locale)
				.containsExactly("/" + locale + "/docs/reset-password", "/en-us/docs/reset-password",
						"/" + locale + "/docs/reset-password?view=bilingual");
			Document sideBySide = this.http.page("/" + locale + "/docs/reset-password?view=bilingual");
			assertThat(sideBySide.select(".view-switch a[aria-current=page]").attr("href"))
				.isEqualTo("/" + locale + "/docs/reset-password?view=bilingual");
		}
		// The English page is every locale's: it offers each translation, and no one side-by-side view.
		assertThat(this.http.page("/en-us/docs/reset-password").select(".view-switch a").eachText())
			.containsExactly("日本語", "简体中文", "繁體中文", "English");
	}

	@Test
	void namesEveryLanguageInItselfAndListsEveryLocaleThatHasTheArticle() {
		Document page = this.http.page("/zh-tw/docs/reset-password");
		assertThat(page.select("link[rel=alternate]")).extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
			.containsExactlyInAnyOrder("ja-JP /ja-jp/docs/reset-password", "zh-Hans-CN /zh-cn/docs/reset-password",
					"zh-Hant-TW /zh-tw/docs/reset-password", "en-US /en-us/docs/reset-password",
					"x-default /en-us/docs/reset-password");
		assertThat(page.select(".view-switch a").eachText()).containsExactly("繁體中文", "English", "雙語");
		assertThat(page.select(".other-languages a")).extracting((link) -> link.text() + " " + link.attr("lang"))
			.containsExactly("日本語 ja-JP", "简体中文 zh-Hans-CN");
		assertThat(this.http.page("/zh-cn/docs/reset-password").select(".view-switch a").eachText())
			.containsExactly("简体中文", "English", "双语");
		assertThat(this.http.page("/ja-jp/docs/reset-password").select(".view-switch a").eachText())
			.containsExactly("日本語", "English", "対訳");
	}

	@Test
	void speaksEachLocalesInterfaceLanguageWithItsTags() {
		Document simplified = this.http.page("/zh-cn/docs/reset-password");
		assertThat(simplified.selectFirst("html").attr("lang")).isEqualTo("zh-Hans-CN");
		assertThat(simplified.select(".brand").text()).isEqualTo("帮助中心");
		assertThat(simplified.select(".alert-title").text()).isEqualTo("提示");
		Document japanese = this.http.page("/ja-jp/docs/reset-password");
		assertThat(japanese.selectFirst("html").attr("lang")).isEqualTo("ja-JP");
		assertThat(japanese.select(".brand").text()).isEqualTo("ヘルプ センター");
		assertThat(japanese.select(".alert-title").text()).isEqualTo("ヒント");
		assertThat(japanese.select(".mt-notice strong").text()).isEqualTo("機械翻訳。");
		assertThat(japanese.select(".mt-notice a").eachAttr("href")).containsExactly("/en-us/docs/reset-password",
				"/ja-jp/docs/reset-password?view=bilingual");
		assertThat(japanese.select(".seg-en").eachAttr("lang")).isNotEmpty().containsOnly("en");
		assertThat(this.http.page("/en-us/docs/reset-password").select(".alert-title").text()).isEqualTo("Tip");
	}

	@Test
	void holdsTheEnglishOfEveryArticleInTheEnglishSearchWhateverItsLocale() {
		Document found = this.http.page("/en-us/search?q=authenticator");
		assertThat(found.select(".search-results a").eachAttr("href")).containsExactly("/en-us/docs/mfa-app");
		assertThat(this.http.page("/en-us/docs/mfa-app").select("h1").text()).isEqualTo("Set up an authenticator app");
		assertThat(this.http.page("/ja-jp/search?q=%E8%AA%8D%E8%A8%BC").select(".search-results a").eachAttr("href"))
			.containsExactly("/ja-jp/docs/mfa-app");
	}

	@Test
	void sendsTheSiteRootToTheBrowsersLanguageOrToTheDefaultLocale() {
		assertThat(root("zh-TW,zh;q=0.9")).isEqualTo("/zh-tw/");
		assertThat(root("zh-SG")).isEqualTo("/zh-cn/");
		assertThat(root("zh-HK")).isEqualTo("/zh-tw/");
		assertThat(root("ja")).isEqualTo("/ja-jp/");
		// French is not served: English (helpcenter.default-locale), not the first folder in alphabetical order.
		assertThat(root("fr-FR,fr;q=0.9")).isEqualTo("/en-us/");
		assertThat(root(null)).isEqualTo("/en-us/");
	}

	private String root(String acceptLanguage) {
		HttpResponse<String> response = (acceptLanguage != null) ? this.http.get("/", "Accept-Language", acceptLanguage)
				: this.http.get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
