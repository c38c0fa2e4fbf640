package app.helpcenter.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the corpus, in every view, on phones 390 and 320 px wide: the page never scrolls sideways (a
 * wide table scrolls inside its own box, and none of its columns is narrower than four characters), the sticky
 * bar is one row, no header button is clipped, and every control that is not a link inside a sentence is at
 * least 24 x 24 px (WCAG 2.2 target size); and Chinese text is never marked as another language.
 */
@ExtendWith(CorpusSite.Resolver.class)
class PhoneLayoutBrowserTests {

	private static final int[] WIDTHS = { 390, 320 };

	/** What the page measures of itself: sideways overflow, bar rows, clipped buttons, small targets. */
	private static final String MEASURE = """
			const problems = [];
			const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
			if (overflow > 0) {
			  const wide = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right
			      > document.documentElement.clientWidth + 1).filter((e) => !e.closest('table, pre'));
			  problems.push('scrolls sideways by ' + overflow + ' px: ' + wide.slice(-1).map((e) => e.tagName
			      + '.' + e.className).join());
			}
			const bar = document.querySelector('.article-bar');
			if (bar) {
			  // A new row starts where an item begins below the bottom of the row before it.
			  const boxes = [...bar.children].filter((e) => e.offsetParent !== null).map((e) => e.getBoundingClientRect())
			      .sort((a, b) => a.top - b.top);
			  let rows = 0;
			  let bottom = -Infinity;
			  for (const box of boxes) {
			    if (box.top >= bottom - 1) { rows++; }
			    bottom = Math.max(bottom, box.bottom);
			  }
			  if (rows > 1) { problems.push('the bar has ' + rows + ' rows'); }
			}
			for (const button of document.querySelectorAll('.site-header button')) {
			  if (button.offsetParent !== null && button.scrollWidth > button.clientWidth) {
			    problems.push('clipped header button ' + button.textContent);
			  }
			}
			const controls = 'button, summary, .view-switch a, .support-action, .toc-list a, .breadcrumb a, .site-header a';
			for (const control of document.querySelectorAll(controls)) {
			  const box = control.getBoundingClientRect();
			  if (control.offsetParent !== null && (box.width < 24 || box.height < 24)) {
			    problems.push('target ' + Math.round(box.width) + ' x ' + Math.round(box.height) + ': '
			        + control.tagName + ' ' + control.textContent.trim().slice(0, 20));
			  }
			}
			for (const cell of document.querySelectorAll('.article-body td, .article-body th')) {
			  const em = parseFloat(getComputedStyle(cell).fontSize);
			  if (cell.offsetParent !== null && cell.textContent.trim().length > 3
			      && cell.getBoundingClientRect().width < 4 * em) {
			    problems.push('table column ' + Math.round(cell.getBoundingClientRect().width) + ' px wide: '
			        + cell.textContent.trim().slice(0, 20));
			  }
			}
			// A box that scrolls sideways can be focused, so that a keyboard can scroll it.
			for (const box of document.querySelectorAll('.article-body table, .article-body pre')) {
			  if (box.scrollWidth > box.clientWidth + 1 && box.tabIndex < 0) {
			    problems.push('a wide ' + box.tagName + ' cannot be scrolled with the keyboard');
			  }
			}
			// Chinese text is marked as Chinese wherever it is, so that screen readers speak it as such.
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  if (/\\p{Script=Han}/u.test(node.data)) {
			    const lang = node.parentElement.closest('[lang]').getAttribute('lang');
			    if (!lang.startsWith('zh')) {
			      problems.push('Chinese text in lang="' + lang + '": ' + node.data.trim().slice(0, 20));
			      break;
			    }
			  }
			}
			return problems;
			""";

	private ChromeDriver driver;

	private int width;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void noCorpusPageInAnyViewScrollsSidewaysOnAPhone(CorpusSite corpus) {
		this.driver = Chromium.start(true, 390, 800);
		List<String> problems = new ArrayList<>();
		int loads = 0;
		for (String path : everyPageAndView(corpus)) {
			setWidth(WIDTHS[0]);
			Chromium.open(this.driver, corpus.url(path));
			loads++;
			assertThat(this.driver.findElements(By.cssSelector(".error-page"))).as(path).isEmpty();
			for (int width : WIDTHS) {
				setWidth(width);
				for (Object problem : (List<?>) this.driver.executeScript(MEASURE)) {
					problems.add(width + " px " + path + ": " + problem);
				}
			}
		}
		assertThat(loads).isGreaterThan(700);
		assertThat(problems).as(problems.size() + " problems").isEmpty();
	}

	/** Every article of the corpus in its three views, and the home, hub and search pages. */
	private Set<String> everyPageAndView(CorpusSite corpus) {
		Chromium.open(this.driver, corpus.url("/zh-tw/"));
		Set<String> paths = new LinkedHashSet<>(List.of("/zh-tw/", "/en-us/", "/zh-tw/partner-center/",
				"/zh-tw/search?q=%E5%90%88%E4%BD%9C%E5%A4%A5%E4%BC%B4", "/en-us/search?q=partner+center+invoice"));
		for (WebElement link : this.driver.findElements(By.cssSelector("main a[href^='/zh-tw/']"))) {
			String path = link.getDomAttribute("href");
			paths.add(path);
			paths.add(path + "?view=bilingual");
			paths.add("/en-us/" + path.substring("/zh-tw/".length()));
		}
		return paths;
	}

	/** Lays the page out at this width, as a resized window does: resize handlers have run on return. */
	private void setWidth(int width) {
		if (width == this.width) {
			return;
		}
		Chromium.emulateViewport(this.driver, width, 800);
		this.width = width;
		this.driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
	}

}
