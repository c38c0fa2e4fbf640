package app.helpcenter.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium driven by its ChromeDriver; no browser download. Tests using it are skipped
 * where the packages are not installed ({@code .ci/run} installs them).
 */
final class Chromium {

	private static final Path BROWSER = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** Chromium makes no window narrower than this; a phone's width has to be emulated. */
	private static final int MIN_WINDOW_WIDTH = 500;

	private Chromium() {
	}

	/** A desktop browser with a mouse, or with JavaScript turned off. */
	static ChromeDriver start(boolean javaScript, int width, int height) {
		return start(javaScript, width, height, false);
	}

	/** A phone-sized browser whose pointer is a finger. */
	static ChromeDriver startTouch(int width, int height) {
		return start(true, width, height, true);
	}

	/** Lays pages out in a viewport of this size (CSS pixels), whatever the window's. */
	static void emulateViewport(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * Opens a page and waits until the driver finds the page's footer in it. Under load, the first query after
	 * {@code get} has found nothing of a page that was there: no notice on the seed article, while a script run
	 * right after found it (2 of 40 fresh browsers on a machine kept busy); and a key sent at once reached no
	 * element of the page.
	 */
	static void open(WebDriver driver, String url) {
		driver.get(url);
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.withMessage(() -> "no page footer found after opening " + url + " (the browser is at "
					+ driver.getCurrentUrl() + ")")
			.until((loaded) -> !loaded.findElements(By.cssSelector(".site-footer")).isEmpty());
	}

	private static ChromeDriver start(boolean javaScript, int width, int height, boolean touch) {
		assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
				"Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + width + "," + height, "--lang=zh-TW");
		if (touch) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
		}
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		if (!touch && width < MIN_WINDOW_WIDTH) {
			emulateViewport(driver, width, height);
		}
		return driver;
	}

}
