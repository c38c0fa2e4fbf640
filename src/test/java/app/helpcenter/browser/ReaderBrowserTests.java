package app.helpcenter.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees and does in a real Chromium on the seed article: revealing English originals by
 * mouse, keyboard and touch, switching views at the same sentence, remembered choices, and the page
 * without JavaScript.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReaderBrowserTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	private static final String FIRST_SENTENCE = "If you have forgotten your password and can't sign into Partner Center, you'll need to call Support.";

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
	void revealsTheEnglishOfASentenceOnHover() {
		open(true, 1280, 900, SEED);
		assertThat(body()).doesNotContain(FIRST_SENTENCE);
		new Actions(this.driver).moveToElement(sentence("c9b4f-105")).perform();
		assertThat(popupText()).isEqualTo(FIRST_SENTENCE);
		assertThat(this.driver.findElement(By.cssSelector(".seg-popup")).getAttribute("lang")).isEqualTo("en");
		new Actions(this.driver).moveToElement(this.driver.findElement(By.cssSelector(".site-footer"))).perform();
		waitUntil((driver) -> !popup().isDisplayed());
	}

	@Test
	void keepsTheMousePopupWhileThePointerIsOnItAndClosesItWithEscape() {
		open(true, 1280, 900, SEED);
		new Actions(this.driver).moveToElement(sentence("c9b4f-105")).perform();
		assertThat(popupText()).isEqualTo(FIRST_SENTENCE);
		// Through the gap between the sentence and the popup, as a slow hand would, then onto the popup.
		List<?> gap = (List<?>) ((JavascriptExecutor) this.driver).executeScript("""
				const popup = document.querySelector('.seg-popup').getBoundingClientRect();
				const lines = document.querySelector('main [data-seg="c9b4f-105"]').getClientRects();
				const last = lines[lines.length - 1];
				return [popup.left + 4, (Math.min(popup.top, popup.bottom) + last.bottom) / 2];""");
		PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
		this.driver.perform(List.of(new Sequence(mouse, 0).addAction(mouse.createPointerMove(Duration.ofMillis(200),
				PointerInput.Origin.viewport(), ((Number) gap.get(0)).intValue(), ((Number) gap.get(1)).intValue()))));
		assertThat(popup().isDisplayed()).isTrue();
		new Actions(this.driver).moveToElement(popup()).perform();
		assertThat(popup().isDisplayed()).isTrue();
		new Actions(this.driver).sendKeys(Keys.ESCAPE).perform();
		waitUntil((driver) -> !popup().isDisplayed());
	}

	@Test
	void landsHeadingsFromTheOutlineBelowTheStickyBar() {
		for (int width : new int[] { 1280, 390 }) {
			// A short window, so that the heading can be scrolled to the top of it.
			open(true, width, 360, SEED);
			WebElement link = this.driver.findElement(By.cssSelector(".outline a"));
			String id = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
			((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", link);
			waitUntil((driver) -> driver.getCurrentUrl().endsWith("#" + id));
			Number barBottom = (Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.querySelector('.article-bar').getBoundingClientRect().bottom");
			Number headingTop = (Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
			assertThat(headingTop.doubleValue()).as("width " + width).isGreaterThanOrEqualTo(barBottom.doubleValue());
			this.driver.quit();
			this.driver = null;
		}
	}

	@Test
	void skipsToTheArticleTextPastTheTableOfContents() {
		open(true, 1280, 900, SEED);
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		WebElement skip = this.driver.switchTo().activeElement();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		skip.sendKeys(Keys.ENTER);
		// Landing on the article is not landing on a sentence: no original pops up yet.
		assertThat(this.driver.findElements(By.cssSelector(".seg-popup"))).allMatch((popup) -> !popup.isDisplayed());
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		Object inArticle = ((JavascriptExecutor) this.driver)
			.executeScript("return document.activeElement.closest('article.article') !== null");
		assertThat(inArticle).isEqualTo(true);
	}

	@Test
	void neverScrollsSidewaysOnAPhone() {
		for (int width : new int[] { 390, 320 }) {
			for (String path : List.of(SEED, SEED + "?view=bilingual", "/en-us/partner-center/unable-to-sign-in", "/zh-tw/",
					"/en-us/", "/zh-tw/search?q=" + "%E5%AF%86%E7%A2%BC", "/en-us/search?q=password", "/zh-tw/no-such-page")) {
				open(true, width, 800, path);
				Object overflow = ((JavascriptExecutor) this.driver).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(((Number) overflow).intValue()).as(width + " px " + path).isLessThanOrEqualTo(0);
				for (WebElement button : this.driver.findElements(By.cssSelector(".site-header button"))) {
					Object clipped = ((JavascriptExecutor) this.driver)
						.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth", button);
					assertThat(clipped).as(width + " px " + path + " " + button.getText()).isEqualTo(false);
				}
			}
			this.driver.quit();
			this.driver = null;
		}
	}

	@Test
	void followsTheSystemsDarkModeAndRemembersTheReadersOwnChoice() {
		open(true, 1280, 900, SEED);
		assertThat(backgroundLightness()).isGreaterThan(0.9);
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		this.driver.navigate().refresh();
		assertThat(backgroundLightness()).isLessThan(0.15);
		WebElement toggle = this.driver.findElement(By.cssSelector(".theme-toggle"));
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
		toggle.click();
		assertThat(backgroundLightness()).isGreaterThan(0.9);
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
		// Remembered on the next page, although the system still prefers dark.
		Chromium.open(this.driver, url("/en-us/"));
		assertThat(backgroundLightness()).isGreaterThan(0.9);
		assertThat(this.driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed")).isEqualTo("false");
		this.driver.findElement(By.cssSelector(".theme-toggle")).click();
		Chromium.open(this.driver, url(SEED));
		assertThat(backgroundLightness()).isLessThan(0.15);
		// A view switched in place brings a new header: its switch works too.
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='en-us']")).click();
		waitUntil((driver) -> "en-US".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		this.driver.findElement(By.cssSelector(".theme-toggle")).click();
		assertThat(backgroundLightness()).isGreaterThan(0.9);
	}

	@Test
	void leavesTheTextMostOfTheScreenAt400PercentZoom() {
		// A 1280 x 720 window zoomed to 400 % lays the page out in 320 x 180 CSS pixels.
		open(true, 1280, 720, SEED);
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 180, "deviceScaleFactor", 4, "mobile", false));
		this.driver.navigate().refresh();
		((JavascriptExecutor) this.driver).executeScript(
				"document.querySelector('.article-body p:last-of-type').scrollIntoView({block: 'center'})");
		Number covered = (Number) ((JavascriptExecutor) this.driver)
			.executeScript("const bar = document.querySelector('.article-bar').getBoundingClientRect();"
					+ "return Math.max(0, Math.min(bar.bottom, innerHeight) - Math.max(bar.top, 0));");
		assertThat(covered.doubleValue()).isLessThan(180 / 3.0);
		Object overflow = ((JavascriptExecutor) this.driver).executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

	@Test
	void revealsTheEnglishOnFocusAndMovesBetweenSentencesWithArrowKeys() {
		open(true, 1280, 900, SEED);
		WebElement focused = null;
		for (int i = 0; i < 40; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			focused = this.driver.switchTo().activeElement();
			if ("seg".equals(focused.getAttribute("class")) || focused.getAttribute("class").contains("seg ")) {
				break;
			}
		}
		assertThat(focused.getAttribute("data-seg")).isEqualTo("c9b4f-104");
		assertThat(popupText()).isEqualTo("If you can't sign into Partner Center");
		new Actions(this.driver).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(this.driver.switchTo().activeElement().getAttribute("data-seg")).isEqualTo("c9b4f-105");
		assertThat(popupText()).isEqualTo(FIRST_SENTENCE);
		assertThat(this.driver.findElements(By.cssSelector(".seg[tabindex='0']"))).hasSize(1);
		new Actions(this.driver).sendKeys(Keys.ESCAPE).perform();
		waitUntil((driver) -> !popup().isDisplayed());
	}

	@Test
	void revealsTheEnglishOnTap() {
		this.driver = Chromium.startTouch(390, 844);
		open(true, 390, 844, SEED);
		tap(sentence("c9b4f-108"));
		assertThat(popupText()).isEqualTo("After your work account password has been reset, you will be able to access Partner Center.");
		tap(sentence("c9b4f-108"));
		waitUntil((driver) -> !popup().isDisplayed());
	}

	@Test
	void turnsOriginalsOffAndRemembersIt() {
		open(true, 1280, 900, SEED);
		WebElement toggle = this.driver.findElement(By.cssSelector(".reveal-toggle"));
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
		toggle.click();
		new Actions(this.driver).moveToElement(sentence("c9b4f-105")).perform();
		assertThat(this.driver.findElements(By.cssSelector(".seg-popup"))).allMatch((popup) -> !popup.isDisplayed());
		this.driver.navigate().refresh();
		assertThat(this.driver.findElement(By.cssSelector(".reveal-toggle")).getAttribute("aria-pressed")).isEqualTo("false");
	}

	@Test
	void switchesViewsInPlaceAtTheSameSentence() {
		open(true, 1000, 360, SEED);
		JavascriptExecutor js = this.driver;
		js.executeScript("window.helpcenterTestMarker = 42;"
				+ "const s = document.querySelector('[data-seg=\"c9b4f-105\"]');"
				+ "const bar = document.querySelector('.article-bar').getBoundingClientRect().bottom;"
				+ "window.scrollBy(0, s.getBoundingClientRect().top - bar - 4);");
		long before = sentenceTop("c9b4f-105");
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='en-us']")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("/en-us/partner-center/unable-to-sign-in"));
		waitUntil((driver) -> "en-US".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(js.executeScript("return window.helpcenterTestMarker")).isEqualTo(42L);
		assertThat(sentence("c9b4f-105").getText()).isEqualTo(FIRST_SENTENCE);
		assertThat(Math.abs(sentenceTop("c9b4f-105") - before)).isLessThanOrEqualTo(4);
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='bilingual']")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith(SEED + "?view=bilingual"));
		assertThat(Math.abs(sentenceTop("c9b4f-105") - before)).isLessThanOrEqualTo(4);
		this.driver.navigate().back();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("/en-us/partner-center/unable-to-sign-in")
				&& "en-US".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(js.executeScript("return window.helpcenterTestMarker")).isEqualTo(42L);
		assertThat(this.driver.getTitle()).isEqualTo("If you can't sign into Partner Center");
	}

	@Test
	void offersTheRememberedViewOnTheNextVisit() {
		open(true, 1280, 900, SEED);
		assertThat(this.driver.findElements(By.cssSelector(".view-offer"))).allMatch((offer) -> !offer.isDisplayed());
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='en-us']")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("/en-us/partner-center/unable-to-sign-in"));
		Chromium.open(this.driver, url(SEED));
		WebElement offer = this.driver.findElement(By.cssSelector(".view-offer[data-offer='en-us']"));
		assertThat(offer.isDisplayed()).isTrue();
		assertThat(offer.getText()).isEqualTo("Read this article in English");
		offer.findElement(By.tagName("a")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("/en-us/partner-center/unable-to-sign-in"));
	}

	@Test
	void remembersThatTheMachineTranslationNoticeWasDismissed() {
		open(true, 1280, 900, SEED);
		this.driver.findElement(By.cssSelector(".notice-dismiss")).click();
		assertThat(this.driver.findElement(By.cssSelector(".mt-notice")).isDisplayed()).isFalse();
		this.driver.navigate().refresh();
		assertThat(this.driver.findElement(By.cssSelector(".mt-notice")).isDisplayed()).isFalse();
	}

	@Test
	void worksWithoutJavaScript() {
		open(false, 1280, 900, SEED);
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("js");
		assertThat(body()).contains("如果您忘記密碼").doesNotContain(FIRST_SENTENCE);
		new Actions(this.driver).moveToElement(sentence("c9b4f-105")).perform();
		assertThat(this.driver.findElement(By.id("en-c9b4f-105")).isDisplayed()).isTrue();
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='en-us']")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("/en-us/partner-center/unable-to-sign-in"));
		assertThat(body()).contains(FIRST_SENTENCE);
		this.driver.findElement(By.cssSelector(".view-switch a[data-view='bilingual']")).click();
		waitUntil((driver) -> driver.getCurrentUrl().endsWith("?view=bilingual"));
		assertThat(body()).contains(FIRST_SENTENCE, "如果您忘記密碼");
		assertThat(this.driver.findElement(By.cssSelector("a[href*='contact-support-for-business-products']"))
			.getAttribute("href")).endsWith("?view=o365-worldwide&tabs=phone#ID0EAADAAA=Phone_support_");
	}

	@Test
	void suggestsArticlesAsTheReaderTypesAndOpensTheOneChosenWithTheKeyboard() {
		open(true, 1280, 900, "/zh-tw/");
		WebElement box = this.driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
		assertThat(box.getAttribute("role")).isEqualTo("combobox");
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		box.sendKeys("無法");
		waitUntil((driver) -> "true".equals(box.getAttribute("aria-expanded")));
		WebElement list = this.driver.findElement(By.id(box.getAttribute("aria-controls")));
		assertThat(list.getAttribute("role")).isEqualTo("listbox");
		assertThat(list.isDisplayed()).isTrue();
		WebElement option = list.findElement(By.cssSelector("[role=option]"));
		assertThat(option.getText()).contains("如果您無法登入合作夥伴中心", "If you can't sign into Partner Center");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
		assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
		box.sendKeys(Keys.ESCAPE);
		assertThat(list.isDisplayed()).isFalse();
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(box.getAttribute("value")).isEqualTo("無法");
		box.sendKeys(Keys.ESCAPE);
		assertThat(box.getAttribute("value")).isEmpty();

		box.sendKeys("partner");
		waitUntil((driver) -> "true".equals(box.getAttribute("aria-expanded")));
		box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitUntil((driver) -> driver.getCurrentUrl().endsWith(SEED));
	}

	@Test
	void searchesWithAPlainFormWithoutJavaScript() {
		open(false, 1280, 900, "/zh-tw/");
		WebElement box = this.driver.findElement(By.cssSelector("form[role=search] input[name=q]"));
		assertThat(box.getAttribute("role")).isNull();
		box.sendKeys("忘記密碼", Keys.ENTER);
		waitUntil((driver) -> driver.getCurrentUrl().contains("/zh-tw/search?q="));
		assertThat(this.driver.findElement(By.cssSelector(".search-results a")).getAttribute("href")).endsWith(SEED);
	}

	@Test
	void takesAScreenshotOfEachView() throws IOException {
		Path folder = Files.createDirectories(Path.of("target/screenshots"));
		for (List<String> shot : List.of(List.of("translated", SEED), List.of("english", "/en-us/partner-center/unable-to-sign-in"),
				List.of("bilingual", SEED + "?view=bilingual"))) {
			open(true, 1280, 860, shot.get(1));
			if (shot.get(0).equals("translated")) {
				new Actions(this.driver).moveToElement(sentence("c9b4f-105")).perform();
				popupText();
			}
			Path file = folder.resolve(shot.get(0) + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			assertThat(Files.size(file)).isGreaterThan(10_000);
			this.driver.quit();
			this.driver = null;
		}
		// A phone, scrolled to the end of the article where the support routes are; and dark mode.
		open(true, 390, 844, SEED);
		((JavascriptExecutor) this.driver).executeScript("document.querySelector('.support').scrollIntoView({block: 'end'})");
		Files.write(folder.resolve("phone.png"), this.driver.getScreenshotAs(OutputType.BYTES));
		this.driver.quit();
		this.driver = Chromium.start(true, 1280, 860);
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		Chromium.open(this.driver, url(SEED + "?view=bilingual"));
		Files.write(folder.resolve("dark.png"), this.driver.getScreenshotAs(OutputType.BYTES));
		assertThat(backgroundLightness()).isLessThan(0.15);
	}

	private void open(boolean javaScript, int width, int height, String path) {
		if (this.driver == null) {
			this.driver = Chromium.start(javaScript, width, height);
		}
		Chromium.open(this.driver, url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String body() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private WebElement sentence(String id) {
		return this.driver.findElement(By.cssSelector("main [data-seg='" + id + "']"));
	}

	private long sentenceTop(String id) {
		return Math.round(((Number) ((JavascriptExecutor) this.driver).executeScript(
				"return document.querySelector('main [data-seg=\"" + id + "\"]').getBoundingClientRect().top"))
			.doubleValue());
	}

	/** The lightness (0 black, 1 white) of the page's background as drawn. */
	private double backgroundLightness() {
		List<?> rgb = (List<?>) ((JavascriptExecutor) this.driver).executeScript(
				"return getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)");
		return rgb.stream().mapToDouble((channel) -> ((Number) channel).doubleValue()).average().orElseThrow() / 255;
	}

	private WebElement popup() {
		return this.driver.findElement(By.cssSelector(".seg-popup"));
	}

	private String popupText() {
		waitUntil((driver) -> !driver.findElements(By.cssSelector(".seg-popup")).isEmpty() && popup().isDisplayed());
		return popup().findElement(By.cssSelector(".seg-popup-text")).getText();
	}

	/** Taps the middle of the first line of an element (its box centre may fall between its lines). */
	private void tap(WebElement element) {
		List<?> point = (List<?>) ((JavascriptExecutor) this.driver).executeScript(
				"const r = arguments[0].getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2];",
				element);
		PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
		Sequence tap = new Sequence(finger, 0)
			.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
					((Number) point.get(0)).intValue(), ((Number) point.get(1)).intValue()))
			.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
			.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
		this.driver.perform(List.of(tap));
	}

	/**
	 * Polls until the page shows what a step should lead to. The bound is a give-up, not a speed requirement: on a
	 * 2-core machine where a site's background build shares the cores, the browser has taken longer than 5 s.
	 */
	private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(condition::apply);
	}

}
