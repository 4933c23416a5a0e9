package org.fieldbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own ChromeDriver (nothing is downloaded), pointed at the running
 * Fieldbook. Checks pages with axe-core, which the Maven profile {@code browser} installs from the npm registry.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

	/** Runs axe on the whole page and hands back the serious and critical violations, one line each. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(result => done(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private final ChromeDriver driver;

	private final String origin;

	private Browser(ChromeDriver driver, int port) {
		this.driver = driver;
		this.origin = "http://localhost:" + port;
	}

	/** A desktop window of 1280 × 900 whose browser asks for these languages, e.g. {@code ar,en}. */
	public static Browser desktop(int port, String acceptLanguage) {
		ChromeOptions options = options(acceptLanguage);
		options.addArguments("--window-size=1280,900");
		return new Browser(start(options), port);
	}

	/** A phone: 360 CSS pixels wide, touch, a mobile user agent. */
	public static Browser phone(int port, String acceptLanguage) {
		ChromeOptions options = options(acceptLanguage);
		options.setExperimentalOption("mobileEmulation", Map.of(
				"deviceMetrics", Map.of("width", 360, "height", 760, "pixelRatio", 2.0, "touch", true),
				"userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"));
		return new Browser(start(options), port);
	}

	private static ChromeOptions options(String acceptLanguage) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--accept-lang=" + acceptLanguage);
		return options;
	}

	private static ChromeDriver start(ChromeOptions options) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	public Browser open(String pathOrUrl) {
		driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : origin + pathOrUrl);
		return this;
	}

	public String path() {
		return driver.getCurrentUrl().substring(origin.length());
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks the link or button with exactly this visible text and waits for the page it leads to. */
	public Browser click(String visibleText) {
		return followTo(driver.findElement(By.xpath("//*[(self::a or self::button) and normalize-space(.)='" + visibleText + "']")));
	}

	/** Activates a link or button (click, or a key sent to it) and waits until the next page has replaced this one. */
	public Browser followTo(WebElement element, CharSequence... keys) {
		script("window.fieldbookPageLeft = true");
		if (keys.length == 0) {
			element.click();
		}
		else {
			element.sendKeys(keys);
		}
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until(next -> Boolean.TRUE.equals(((JavascriptExecutor) next)
				.executeScript("return window.fieldbookPageLeft === undefined && document.readyState === 'complete'")));
		return this;
	}

	public String attribute(String css, String name) {
		return find(css).getDomAttribute(name);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/**
	 * Sends every request as if a trusted TLS proxy forwarded it from this client address (the test profile trusts
	 * the loopback address as its proxy), so a test can be a visitor of its own, e.g. for throttling.
	 */
	public Browser forwardedFor(String clientAddress) {
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
		return this;
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Fails with axe's own words when the page has a serious or critical accessibility violation. */
	public Browser assertAccessible() {
		((JavascriptExecutor) driver).executeScript(axeSource());
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(RUN_AXE);
		assertThat(violations).as("axe-core on %s", path()).isEmpty();
		return this;
	}

	/** Saves what the browser shows as docs/screenshots/{name}.png (target/screenshots outside the profile). */
	public Path screenshot(String name) {
		Path directory = Path.of(System.getProperty("fieldbook.browser.screenshots", "target/screenshots"));
		try {
			Files.createDirectories(directory);
			script("window.scrollTo(0, 0)");
			Path file = directory.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String axeSource() {
		String location = System.getProperty("fieldbook.browser.axe", ".ci/browser/node_modules/axe-core/axe.min.js");
		Path file = Path.of(location);
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("axe-core is not installed at " + file.toAbsolutePath()
					+ ": run `npm ci --prefix .ci/browser` (the Maven profile browser does)");
		}
		try {
			return Files.readString(file);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
