package app.helpcenter.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DocFX's extensions as readers see them, over HTTP in every view ({@code fixtures/docfx}, from the examples of
 * the Microsoft Docs Markdown reference): rendered, and never shown as syntax.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "helpcenter.content.root=src/test/resources/fixtures/docfx")
class DocfxExtensionsWebTests {

	private static final List<String> ARTICLES = List.of("docs/images", "docs/layout", "docs/inline", "docs/code");

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void showsNoExtensionSyntaxInAnyView() {
		for (String article : ARTICLES) {
			for (String url : views(article)) {
				Element body = this.http.page(url).selectFirst(".article-body");
				Element text = body.clone();
				text.select("pre, code").remove();
				assertThat(VisibleText.of(text)).as(url).doesNotContain(":::", "[!", "xref:", "#tab/");
			}
		}
	}

	@Test
	void rendersImagesOfEveryType() {
		for (String url : views("docs/images")) {
			Element body = this.http.page(url).selectFirst(".article-body");
			// Side by side, the English column repeats the images (from the English site); one column is enough.
			body.select(".bi-english").remove();
			Element content = body.selectFirst("a > img.image-border");
			assertThat(content.attr("alt")).as(url).isEqualTo("設定頁面的螢幕擷取畫面");
			assertThat(content.attr("src")).as(url).endsWith("/docs/media/settings.png");
			assertThat(content.parent().attr("href")).as(url).endsWith("/docs/media/settings-big.png");
			assertThat(body.select("img.image-icon")).as(url).hasSize(2).allMatch((icon) -> icon.attr("alt").isEmpty());
			assertThat(body.select("img.image-icon").first().parent().text()).as(url).isNotBlank();
			Element complex = body.selectFirst("figure.image-complex");
			assertThat(complex.select("img").attr("alt")).isEqualTo("每月用量圖表");
			assertThat(complex.select("details.long-description > summary").text()).isEqualTo("每月用量圖表");
			assertThat(VisibleText.of(complex.selectFirst("details"))).as(url)
				.contains(url.startsWith("/en-us/") ? "The chart shows usage rising" : "圖表顯示一月到六月");
			assertThat(this.http.page(url).select(".bi-english figure.image-complex details")).as(url)
				.allMatch((english) -> VisibleText.of(english).contains("The chart shows usage rising"));
			assertThat(body.select("pre code").text()).as(url).contains(":::image type=\"content\" source=\"media/in-code.png\"");
		}
	}

	@Test
	void rendersColumnsZonesMonikersAndTabsAsSections() {
		Document page = this.http.page("/zh-tw/docs/layout");
		Element body = page.selectFirst(".article-body");
		assertThat(body.select(".docfx-row > .docfx-column")).hasSize(2);
		assertThat(VisibleText.of(body.select(".docfx-column").get(1))).isEqualTo("第二欄。");
		assertThat(body.select(".docfx-zone > .zone-label").eachText()).containsExactly("windows", "macos");
		assertThat(body.select(".docfx-zone").eachAttr("data-pivot")).containsExactly("windows", "macos");
		assertThat(VisibleText.of(body.select(".docfx-zone").get(1))).contains("在 macOS 上安裝。");
		assertThat(VisibleText.of(body.selectFirst(".docfx-moniker"))).isEqualTo("適用於新版。");
		assertThat(body.select(".tab-group")).hasSize(2).allSatisfy((group) -> {
			assertThat(group.select("> section.tab-panel").eachAttr("data-tab")).containsExactly("portal", "powershell");
			assertThat(group.select("> section.tab-panel > h2.tab-title:first-child")).hasSize(2);
		});
		assertThat(body.select(".tab-title")).extracting(VisibleText::of)
			.containsExactly("入口網站", "PowerShell", "入口網站", "PowerShell");
		assertThat(body.select(".tab-title a, hr")).isEmpty();
		// "---" ends the first group, a heading of the tabs' level the second.
		assertThat(VisibleText.of(body.select(".tab-group").get(0))).doesNotContain("兩組索引標籤之間的段落。");
		assertThat(VisibleText.of(body.select(".tab-group").get(1))).contains("第二組的 PowerShell 步驟。")
			.doesNotContain("下一步", "一個標題結束了第二組。");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("nav.outline a").eachText()).contains("下一步").doesNotContain("PowerShell", "入口網站");
		Document english = this.http.page("/en-us/docs/layout");
		assertThat(english.select(".tab-title")).extracting(VisibleText::of)
			.containsExactly("Portal", "PowerShell", "Portal", "PowerShell");
		Document sideBySide = this.http.page("/zh-tw/docs/layout?view=bilingual");
		assertThat(VisibleText.of(sideBySide.selectFirst(".bi-english .docfx-row"))).contains("First column.", "Second column.");
	}

	@Test
	void rendersInlineExtensionsVideosAndDivisions() {
		Element body = this.http.page("/zh-tw/docs/inline").selectFirst(".article-body");
		assertThat(VisibleText.of(body)).contains("登入 Partner Center 入口網站。", "請參閱 Microsoft.Store.PartnerCenter.IPartner。",
				"使用 合作夥伴類別。");
		Element video = body.selectFirst(".video-link a");
		assertThat(video.attr("href")).isEqualTo("https://learn.microsoft.com/shows/partner-center/video-1/player");
		assertThat(body.select("iframe")).isEmpty();
		assertThat(body.select(".checklist li")).hasSize(2);
		assertThat(body.select(".op-single-selector a").eachAttr("href")).containsExactly("/zh-tw/docs/images",
				"/zh-tw/docs/layout");
		assertThat(VisibleText.of(body)).doesNotContain("sparkle").endsWith("結束。");
		// A uid in front matter makes the cross reference a link to that article; others stay text.
		assertThat(body.select("p a[href=/zh-tw/docs/images]")).extracting(VisibleText::of)
			.containsExactly("圖片", "helpcenter.docs.images", "helpcenter.docs.images");
		assertThat(VisibleText.of(body)).contains("另見 helpcenter.docs.images，或寫信到 help@example.com 與 @nobody。");
		assertThat(body.select("a")).extracting(VisibleText::of)
			.doesNotContain("Microsoft.Store.PartnerCenter.IPartner", "合作夥伴類別");
		assertThat(this.http.page("/en-us/docs/inline").select(".article-body p a[href=/en-us/docs/images]"))
			.extracting(VisibleText::of)
			.containsExactly("images", "helpcenter.docs.images", "helpcenter.docs.images");
		assertThat(VisibleText.of(this.http.page("/en-us/docs/inline").selectFirst(".article-body")))
			.contains("Sign in to the Partner Center portal.", "See Microsoft.Store.PartnerCenter.IPartner.",
					"Use the partner class.");
	}

	@Test
	void showsCodeFromTheRepositoryCutToItsRegionOrLines() {
		for (String url : views("docs/code")) {
			Element body = this.http.page(url).selectFirst(".article-body");
			body.select(".bi-english").remove();
			assertThat(body.select("pre code")).extracting((code) -> code.className() + ": " + code.wholeText().stripTrailing())
				.as(url)
				.containsExactly("language-csharp: Console.WriteLine(\"Hello\");",
						"language-csharp: Console.WriteLine(\"Goodbye\");",
						"language-python: print(\"one\")\nprint(\"two\")",
						"language-python: import sys\n    print(\"three\")");
		}
	}

	@Test
	void servesImagesFromTheRepositoryAndSendsTheOthersUpstream() throws java.io.IOException {
		java.net.http.HttpResponse<byte[]> png = this.http.bytes("GET", "/zh-tw/docs/media/settings.png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(png.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
		assertThat(png.body()).isEqualTo(java.nio.file.Files.readAllBytes(
				java.nio.file.Path.of("src/test/resources/fixtures/docfx/zh-tw/docs/media/settings.png")));
		// On the English page too, the image comes from the article's own folder.
		assertThat(this.http.page("/en-us/docs/images").select("img.image-border").attr("src"))
			.isEqualTo("/zh-tw/docs/media/settings.png");

		java.net.http.HttpResponse<byte[]> svg = this.http.bytes("GET", "/zh-tw/docs/media/check.svg");
		assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(svg.headers().allValues("Content-Security-Policy")).anyMatch((policy) -> policy.contains("sandbox"));
		assertThat(svg.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		java.net.http.HttpResponse<byte[]> missing = this.http.bytes("GET", "/zh-tw/docs/media/gear.svg");
		assertThat(missing.statusCode()).isEqualTo(302);
		assertThat(missing.headers().firstValue("Location"))
			.hasValue("https://learn.microsoft.com/zh-tw/docs/media/gear.svg");
		// Only images: other files of the repository are not served.
		assertThat(this.http.bytes("GET", "/zh-tw/docs/snippets/Program.cs").statusCode()).isEqualTo(404);
		assertThat(this.http.bytes("GET", "/zh-tw/docs/code.md").statusCode()).isEqualTo(301);
	}

	private static List<String> views(String article) {
		return List.of("/zh-tw/" + article, "/en-us/" + article, "/zh-tw/" + article + "?view=bilingual");
	}

}
