package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page grouped by docset with archived docsets last, and search results counted and paged, over HTTP
 * on a repository made for them: three docsets, an archive and twelve articles about invoices.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "helpcenter.search.max-results=5")
class HomeAndSearchPagesWebTests {

	private static Path root;

	@LocalServerPort
	private int port;

	private HttpPages http;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		try {
			root = Files.createTempDirectory("home-and-search-");
			article("zh-tw/welcome.md", "歡迎", "歡迎使用。");
			article("zh-tw/Archive/old-portal.md", "舊版入口網站", "舊版入口網站的發票。");
			article("zh-tw/accounts/sign-in.md", "登入", "如何登入。");
			article("zh-tw/billing/tax/vat.md", "加值稅", "加值稅與發票。");
			for (int i = 1; i <= 11; i++) {
				article("zh-tw/billing/invoice-" + i + ".md", "發票 " + i, "第 " + i + " 份發票的說明。");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("helpcenter.content.root", root::toString);
	}

	private static void article(String path, String title, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "---\ntitle: " + title + "\n---\n# " + title + "\n\n" + text + "\n");
	}

	@AfterAll
	static void deleteTree() {
		HostileFiles.delete(root);
	}

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void groupsTheHomePageByDocsetWithArchivedDocsetsLast() {
		Document home = this.http.page("/zh-tw/");
		assertThat(home.select(".docset > h2")).extracting((heading) -> heading.text())
			.containsExactly("一般", "accounts", "billing", "Archive");
		assertThat(home.select(".docset.archived > h2").text()).isEqualTo("Archive");
		assertThat(home.select(".docset.archived .archived-note").text()).contains("已封存");
		assertThat(home.select(".docset:not(.archived) .archived-note")).isEmpty();
		assertThat(home.select(".docset").get(2).select(".section h3").text()).isEqualTo("tax");
		assertThat(home.select(".docset").get(2).select(".section").first().select("a").first().attr("href"))
			.startsWith("/zh-tw/billing/invoice-");
		assertThat(this.http.page("/en-us/").select(".docset > h2").last().text()).isEqualTo("Archive");
	}

	@Test
	void countsSearchResultsAndPagesThroughThem() {
		Document first = this.http.page("/zh-tw/search?q=%E7%99%BC%E7%A5%A8");
		assertThat(first.select(".search-count").text()).isEqualTo("找到 13 篇文章 （第 1 頁，共 3 頁）");
		assertThat(first.select(".search-results > li")).hasSize(5);
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/zh-tw/search?q=%E7%99%BC%E7%A5%A8&page=2");

		Document last = this.http.page("/zh-tw/search?q=%E7%99%BC%E7%A5%A8&page=3");
		assertThat(last.select(".search-results > li")).hasSize(3);
		assertThat(last.select(".search-results").attr("start")).isEqualTo("11");
		assertThat(last.select(".pager a[rel=next]")).isEmpty();
		assertThat(last.select(".pager a[rel=prev]").attr("href")).endsWith("&page=2");
		// The archived article matches, and comes last.
		assertThat(last.select(".search-results > li").last().select("a").attr("href"))
			.isEqualTo("/zh-tw/Archive/old-portal");

		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int page = 1; page <= 3; page++) {
			seen.addAll(this.http.page("/zh-tw/search?q=%E7%99%BC%E7%A5%A8&page=" + page)
				.select(".search-results h2 a")
				.eachAttr("href"));
		}
		assertThat(seen).hasSize(13);
	}

	@Test
	void answersEveryPageNumberWithAPage() {
		assertThat(this.http.page("/en-us/search?q=invoice").select(".search-count").text()).isEmpty();
		Document english = this.http.page("/en-us/search?q=%E7%99%BC%E7%A5%A8");
		assertThat(english.select(".search-count").text()).isEqualTo("13 articles found (page 1 of 3)");
		for (String odd : new String[] { "0", "-1", "x", "99999999999", "" }) {
			Document page = this.http.page("/zh-tw/search?q=%E7%99%BC%E7%A5%A8&page=" + odd);
			assertThat(page.select(".search-results").attr("start")).as(odd).isEqualTo("1");
		}
		Document beyond = this.http.page("/zh-tw/search?q=%E7%99%BC%E7%A5%A8&page=9");
		assertThat(beyond.select(".search-results")).isEmpty();
		assertThat(beyond.select(".search-count").text()).startsWith("找到 13 篇文章");
		assertThat(beyond.select("main a").last().attr("href")).isEqualTo("/zh-tw/search?q=%E7%99%BC%E7%A5%A8");
	}

}
