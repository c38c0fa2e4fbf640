package app.helpcenter.browser;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DocFX's tabs and zones in a real Chromium: with script, a tab list per tab group (in step across the page,
 * by pointer and arrow keys, remembered) and a choice between the page's pivots; without it, everything in
 * turn under its title.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "helpcenter.content.root=src/test/resources/fixtures/docfx")
class PickerBrowserTests {

	private static final String LAYOUT = "/zh-tw/docs/layout";

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
	void showsOneTabAtATimeInStepAcrossGroupsAndRemembersTheChoice() {
		open(true, LAYOUT);
		List<WebElement> groups = this.driver.findElements(By.cssSelector(".tab-group"));
		assertThat(groups).hasSize(2);
		assertThat(tabs(groups.get(0))).extracting(WebElement::getText).containsExactly("入口網站", "PowerShell");
		assertThat(shownPanels()).containsExactly("portal", "portal");
		assertThat(this.driver.findElements(By.cssSelector(".tab-title"))).noneMatch(WebElement::isDisplayed);

		tabs(groups.get(0)).get(1).click();
		assertThat(shownPanels()).containsExactly("powershell", "powershell");
		assertThat(tabs(groups.get(1)).get(1).getDomAttribute("aria-selected")).isEqualTo("true");

		new Actions(this.driver).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(shownPanels()).containsExactly("portal", "portal");
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(tabs(groups.get(0)).get(0));

		tabs(groups.get(1)).get(1).click();
		this.driver.navigate().refresh();
		assertThat(shownPanels()).containsExactly("powershell", "powershell");
	}

	@Test
	void offersAChoiceOfPivotsAndFollowsThePivotsParameter() {
		open(true, LAYOUT);
		List<WebElement> choices = this.driver.findElements(By.cssSelector(".zone-picker button"));
		assertThat(choices).extracting(WebElement::getText).containsExactly("windows", "macos");
		assertThat(shownZones()).containsExactly("windows");
		choices.get(1).click();
		assertThat(shownZones()).containsExactly("macos");
		assertThat(choices.get(1).getDomAttribute("aria-pressed")).isEqualTo("true");

		Chromium.open(this.driver, url(LAYOUT + "?pivots=windows"));
		assertThat(shownZones()).containsExactly("windows");

		Chromium.open(this.driver, url(LAYOUT + "?view=bilingual&pivots=macos"));
		assertThat(this.driver.findElements(By.cssSelector(".bi-row")).stream()
			.filter((row) -> !row.findElements(By.cssSelector(".docfx-zone")).isEmpty())
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)).singleElement().asString().contains("Install on macOS.");
	}

	@Test
	void theTabsAndThePivotChoiceHaveNoSeriousViolations() {
		for (String path : List.of(LAYOUT, LAYOUT + "?view=bilingual", "/en-us/docs/layout")) {
			open(true, path);
			Results results = new AxeBuilder().analyze(this.driver);
			assertThat(results.getPasses()).as(path).extracting(Rule::getId).contains("aria-required-children");
			assertThat(results.getViolations()).as(path)
				.filteredOn((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.extracting((rule) -> rule.getId() + " " + rule.getNodes().get(0).getTarget())
				.isEmpty();
			this.driver.quit();
			this.driver = null;
		}
	}

	@Test
	void showsEveryTabAndZoneInTurnWithoutJavaScript() {
		open(false, LAYOUT);
		assertThat(this.driver.findElements(By.cssSelector(".tab-panel"))).hasSize(4).allMatch(WebElement::isDisplayed);
		assertThat(this.driver.findElements(By.cssSelector(".tab-title"))).hasSize(4).allMatch(WebElement::isDisplayed);
		assertThat(this.driver.findElements(By.cssSelector(".docfx-zone"))).hasSize(2).allMatch(WebElement::isDisplayed);
		assertThat(this.driver.findElements(By.cssSelector("[role=tablist], .zone-picker"))).isEmpty();
	}

	private List<WebElement> tabs(WebElement group) {
		return group.findElements(By.cssSelector("[role=tab]"));
	}

	private List<String> shownPanels() {
		return this.driver.findElements(By.cssSelector(".tab-panel"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((panel) -> panel.getDomAttribute("data-tab"))
			.toList();
	}

	private List<String> shownZones() {
		return this.driver.findElements(By.cssSelector(".docfx-zone"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((zone) -> zone.getDomAttribute("data-pivot"))
			.toList();
	}

	private void open(boolean javaScript, String path) {
		this.driver = Chromium.start(javaScript, 1280, 900);
		Chromium.open(this.driver, url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
