package app.helpcenter.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in Chromium over every kind of page, in light and dark mode, on a desktop and on a phone: no
 * violation of impact serious or critical.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(CorpusSite.Resolver.class)
class AccessibilityBrowserTests {

	private static final String SEED = "/partner-center/unable-to-sign-in";

	/** Corpus articles with tables, callouts, code, images and the docset's navigation, and the hubs. */
	private static final List<String> CORPUS_PAGES = List.of("/zh-tw/partner-center/",
			"/zh-tw/partner-center/dashboard/", "/zh-tw/partner-center/azure-roles-perms-pec",
			"/zh-tw/partner-center/usage-based-recon-files", "/zh-tw/partner-center/mpn-get-action-pack",
			"/zh-tw/partner-center/csp-gcc-overview", "/en-us/partner-center/azure-reservations",
			"/zh-tw/partner-center/azure-reservations?view=bilingual", "/zh-tw/Archive/China-billing",
			"/zh-tw/search?q=%E7%99%BC%E7%A5%A8", "/en-us/search?q=invoice&page=2");

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void theBundledSiteHasNoSeriousViolations() {
		List<String> paths = List.of("/zh-tw" + SEED, "/en-us" + SEED, "/zh-tw" + SEED + "?view=bilingual", "/zh-tw/",
				"/en-us/", "/zh-tw/search?q=%E5%AF%86%E7%A2%BC", "/en-us/search?q=password", "/en-us/search?q=zzzzqq",
				"/zh-tw/no-such-page", "/en-us/no-such-page");
		assertThat(violations(paths, (path) -> "http://localhost:" + this.port + path, Set.of("/zh-tw/no-such-page",
				"/en-us/no-such-page"))).isEmpty();
	}

	@Test
	void corpusPagesHaveNoSeriousViolations(CorpusSite corpus) {
		assertThat(violations(CORPUS_PAGES, corpus::url, Set.of())).isEmpty();
	}

	private List<String> violations(List<String> paths, Function<String, String> url, Set<String> notFound) {
		List<String> found = new ArrayList<>();
		for (int width : new int[] { 1280, 390 }) {
			for (String scheme : List.of("light", "dark")) {
				this.driver = Chromium.start(true, width, 900);
				this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
						Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
				for (String path : paths) {
					Chromium.open(this.driver, url.apply(path));
					assertThat(this.driver.findElements(By.cssSelector(".error-page")).isEmpty()).as(path)
						.isNotEqualTo(notFound.contains(path));
					Results results = new AxeBuilder().analyze(this.driver);
					// The contrast rule ran (in dark mode too), so no violation means none was found.
					assertThat(results.getPasses()).as(path).extracting(Rule::getId).contains("color-contrast");
					for (Rule rule : results.getViolations()) {
						if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
							found.add(width + " px " + scheme + " " + path + ": " + rule.getId() + " (" + rule.getImpact()
									+ ", " + rule.getNodes().size() + " nodes) e.g. "
									+ rule.getNodes().get(0).getTarget() + " " + rule.getNodes().get(0).getFailureSummary());
						}
					}
				}
				this.driver.quit();
				this.driver = null;
			}
		}
		return found;
	}

}
