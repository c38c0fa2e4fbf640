package app.helpcenter.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Was this article helpful?" and the translation report in a real Chromium, with and without JavaScript,
 * into a real H2 file.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "helpcenter.feedback.posts-per-client=100")
class FeedbackBrowserTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private ChromeDriver driver;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("feedback-browser-");
		registry.add("spring.datasource.url", () -> AppProcess.h2Url(folder));
	}

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void withoutJavaScriptTheFormPostsAndTheArticleThanksTheReader() {
		open(false, SEED);
		WebElement form = this.driver.findElement(By.cssSelector(".feedback-form"));
		form.findElement(By.cssSelector(".feedback-more > summary")).click();
		form.findElement(By.cssSelector("input[value='inaccurate']")).click();
		form.findElement(By.name("comment")).sendKeys("電話號碼已經變了。");
		form.findElement(By.cssSelector(".feedback-send")).click();
		waitUntil(() -> this.driver.getCurrentUrl().endsWith(SEED + "#feedback-thanks"));
		assertThat(this.driver.findElement(By.id("feedback-thanks")).isDisplayed()).isTrue();
		assertThat(this.driver.findElement(By.cssSelector(".feedback-form")).isDisplayed()).isFalse();
		assertThat(stored("select reasons || ' ' || comment from article_vote where comment = '電話號碼已經變了。'"))
			.isEqualTo("inaccurate 電話號碼已經變了。");

		open(false, SEED);
		this.driver.findElement(By.cssSelector(".feedback-answers button[value='yes']")).click();
		waitUntil(() -> this.driver.getCurrentUrl().endsWith("#feedback-thanks"));
		assertThat(this.driver.findElement(By.id("feedback-thanks")).isDisplayed()).isTrue();
	}

	@Test
	void withJavaScriptNoAsksWhyAndNothingReloads() {
		open(true, SEED);
		int before = votes();
		WebElement form = this.driver.findElement(By.cssSelector(".feedback-form"));
		assertThat(form.findElement(By.cssSelector(".feedback-more > summary")).isDisplayed()).isFalse();
		form.findElement(By.cssSelector(".feedback-no")).click();
		WebElement reason = form.findElement(By.cssSelector("input[value='hard-to-understand']"));
		assertThat(reason.isDisplayed()).isTrue();
		assertThat(votes()).isEqualTo(before);
		new Actions(this.driver).sendKeys(Keys.SPACE).perform();
		assertThat(this.driver.switchTo().activeElement().getDomAttribute("value")).isEqualTo("missing-info");
		reason.click();
		form.findElement(By.name("comment")).sendKeys("第二步看不懂。");
		this.driver.executeScript("window.notReloaded = true");
		form.findElement(By.cssSelector(".feedback-send")).click();
		waitUntil(() -> this.driver.findElement(By.id("feedback-thanks")).isDisplayed());
		assertThat(this.driver.executeScript("return window.notReloaded")).isEqualTo(true);
		assertThat(this.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("feedback-thanks");
		assertThat(stored("select reasons from article_vote where comment = '第二步看不懂。'"))
			.isEqualTo("hard-to-understand missing-info");
	}

	@Test
	void aProxysErrorPageAsksTheReaderToTryAgainInTheirLanguage() {
		open(true, SEED);
		// What nginx answers a post while the instance it went to is down: an HTML page, not the app's JSON. The
		// page's fetch is replaced by one that answers it, as the browser would see it.
		this.driver.executeScript("window.fetch = function () { return Promise.resolve(new Response("
				+ "'<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })); }");
		this.driver.findElement(By.cssSelector(".feedback-answers button[value='yes']")).click();
		WebElement status = this.driver.findElement(By.cssSelector(".feedback-status"));
		waitUntil(status::isDisplayed);
		assertThat(status.getText()).isEqualTo("無法送出您的意見，請稍後再試一次。");
		assertThat(this.driver.findElement(By.id("feedback-thanks")).isDisplayed()).isFalse();
	}

	@Test
	void aSentencesPopupLeadsToItsReportFormAndBackToTheThankYou() {
		open(true, SEED);
		WebElement toggle = this.driver.findElement(By.cssSelector(".reveal-toggle"));
		if (!"true".equals(toggle.getDomAttribute("aria-pressed"))) {
			toggle.click();
		}
		new Actions(this.driver).moveToElement(this.driver.findElement(By.cssSelector("main [data-seg='c9b4f-105']")))
			.perform();
		WebElement report = this.driver.findElement(By.cssSelector(".seg-popup .report-link"));
		waitUntil(report::isDisplayed);
		new Actions(this.driver).moveToElement(report).click().perform();
		waitUntil(() -> this.driver.getCurrentUrl().contains("/zh-tw/feedback/segment?"));
		assertThat(this.driver.findElement(By.cssSelector(".report-sentence")).getText())
			.contains("如果您忘記密碼", "If you have forgotten your password");
		this.driver.findElement(By.name("suggestion")).sendKeys("如果您忘了密碼，請致電支援服務。");
		this.driver.findElement(By.cssSelector(".report-form button[type='submit']")).click();
		waitUntil(() -> this.driver.getCurrentUrl().endsWith(SEED + "#report-thanks"));
		assertThat(this.driver.findElement(By.id("report-thanks")).isDisplayed()).isTrue();
		assertThat(stored("select segment || ' ' || status from segment_report where suggestion = '如果您忘了密碼，請致電支援服務。'"))
			.isEqualTo("c9b4f-105 OPEN");
	}

	@Test
	void enterOnASentenceOpensItsReportForm() {
		open(true, SEED);
		WebElement toggle = this.driver.findElement(By.cssSelector(".reveal-toggle"));
		if (!"true".equals(toggle.getDomAttribute("aria-pressed"))) {
			toggle.click();
		}
		WebElement sentence = this.driver.findElement(By.cssSelector("main [data-seg]"));
		String id = sentence.getDomAttribute("data-seg");
		this.driver.executeScript("arguments[0].focus()", sentence);
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		waitUntil(() -> this.driver.getCurrentUrl().contains("segment=" + id));
		assertThat(this.driver.findElement(By.name("segment")).getDomAttribute("value")).isEqualTo(id);
	}

	@Test
	void sideBySideRowsLinkTheirSentencesReportForm() {
		open(true, SEED + "?view=bilingual");
		WebElement row = this.driver.findElements(By.cssSelector(".bi-row"))
			.stream()
			.filter((candidate) -> candidate.findElements(By.cssSelector(".bi-translated [data-seg]")).size() > 1)
			.findFirst()
			.orElseThrow();
		String href = row.findElement(By.cssSelector(".bi-report")).getDomProperty("href");
		List<String> ids = row.findElements(By.cssSelector(".bi-translated [data-seg]"))
			.stream()
			.map((segment) -> "segment=" + segment.getDomAttribute("data-seg"))
			.toList();
		assertThat(href).contains(ids);
		Chromium.open(this.driver, href);
		assertThat(this.driver.findElements(By.cssSelector(".report-form input[type='radio'][name='segment']")))
			.hasSize(ids.size());
	}

	@Test
	void theFormsHaveNoSeriousViolations() {
		for (String path : List.of(SEED, SEED + "?view=bilingual", "/zh-tw/feedback/segment?path=partner-center/"
				+ "unable-to-sign-in&segment=c9b4f-105")) {
			open(true, path);
			this.driver.findElements(By.cssSelector(".feedback-no")).forEach(WebElement::click);
			Results results = new AxeBuilder().analyze(this.driver);
			assertThat(results.getPasses()).as(path).extracting(Rule::getId).contains("label");
			assertThat(results.getViolations()).as(path)
				.filteredOn((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.extracting((rule) -> rule.getId() + " " + rule.getNodes().get(0).getTarget())
				.isEmpty();
		}
	}

	private int votes() {
		return this.jdbc.sql("select count(*) from article_vote").query(Integer.class).single();
	}

	private String stored(String query) {
		return this.jdbc.sql(query).query(String.class).single();
	}

	private void open(boolean javaScript, String path) {
		if (this.driver != null) {
			this.driver.quit();
		}
		this.driver = Chromium.start(javaScript, 1280, 900);
		Chromium.open(this.driver, "http://localhost:" + this.port + path);
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> condition.getAsBoolean());
	}

}
