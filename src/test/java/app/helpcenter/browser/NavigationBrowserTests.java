package app.helpcenter.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docset's table of contents in the corpus, by keyboard and by pointer: a group's expand control and its
 * link are two separate controls, so expanding never opens the page and opening never needs expanding.
 */
@ExtendWith(CorpusSite.Resolver.class)
class NavigationBrowserTests {

	private static final String ARTICLE = "/zh-tw/partner-center/azure-reservations";

	private ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void expandsAGroupWithTheKeyboardWithoutOpeningItsPageAndOpensThePageFromItsLink(CorpusSite corpus) {
		this.driver = Chromium.start(true, 1280, 900);
		Chromium.open(this.driver, corpus.url(ARTICLE));
		WebElement group = closedGroupWithALink();
		WebElement link = group.findElement(By.cssSelector(":scope > a"));
		WebElement control = group.findElement(By.cssSelector(":scope > details > summary"));
		assertThat(control.getAttribute("textContent")).isEqualTo(link.getText());

		this.driver.executeScript("arguments[0].focus()", link);
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(control);
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		assertThat(group.findElement(By.cssSelector(":scope > details")).getDomAttribute("open")).isNotNull();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(corpus.url(ARTICLE));

		String target = link.getDomProperty("href");
		new Actions(this.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(link);
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> driver.getCurrentUrl().equals(target));
	}

	@Test
	void expandsAGroupWhenItsControlIsClickedAndStaysOnThePage(CorpusSite corpus) {
		this.driver = Chromium.start(true, 1280, 900);
		Chromium.open(this.driver, corpus.url(ARTICLE));
		WebElement group = closedGroupWithALink();
		group.findElement(By.cssSelector(":scope > details > summary")).click();
		assertThat(group.findElement(By.cssSelector(":scope > details")).getDomAttribute("open")).isNotNull();
		assertThat(group.findElement(By.cssSelector(":scope > details > ul a")).isDisplayed()).isTrue();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(corpus.url(ARTICLE));
	}

	private WebElement closedGroupWithALink() {
		return this.driver.findElements(By.cssSelector("#toc li.toc-group"))
			.stream()
			.filter((group) -> !group.findElements(By.cssSelector(":scope > a")).isEmpty())
			.filter((group) -> group.findElement(By.cssSelector(":scope > details")).getDomAttribute("open") == null)
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No closed group with a link in the navigation of "
					+ this.driver.getCurrentUrl() + " (" + this.driver.getTitle() + "): "
					+ this.driver.findElements(By.cssSelector("#toc li.toc-group")).size() + " groups"));
	}

}
