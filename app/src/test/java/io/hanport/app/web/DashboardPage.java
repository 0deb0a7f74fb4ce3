package io.hanport.app.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a browser test reads off the dashboard: texts, the live value, bars on the canvas. */
final class DashboardPage {

  /** Generous: the machine running the tests may be busy with several builds. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** Counts the opaque pixels of {@code pixels} within a few levels of the theme's --import. */
  private static final String IMPORT_COLOUR_COUNT =
      "const hex = getComputedStyle(document.documentElement).getPropertyValue('--import').trim();"
          + "const rgb = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));"
          + "let n = 0;"
          + "for (let i = 0; i < pixels.length; i += 4) {"
          + "  if (Math.abs(pixels[i] - rgb[0]) < 6 && Math.abs(pixels[i + 1] - rgb[1]) < 6"
          + "      && Math.abs(pixels[i + 2] - rgb[2]) < 6 && pixels[i + 3] > 200) n++;"
          + "}"
          + "return n;";

  private final Browser browser;

  DashboardPage(Browser browser) {
    this.browser = browser;
  }

  void click(String css) {
    browser.driver.findElement(By.cssSelector(css)).click();
  }

  String text(String id) {
    List<WebElement> found = browser.driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  String textOf(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  String attribute(String id, String name) {
    String value = browser.driver.findElement(By.id(id)).getAttribute(name);
    return value == null ? "" : value;
  }

  int bars() {
    String bars = attribute("history-chart", "data-bars");
    return bars.isEmpty() ? 0 : Integer.parseInt(bars);
  }

  /** Each {@code dt} of the element's fact lists with its {@code dd}, as shown. */
  @SuppressWarnings("unchecked")
  Map<String, String> facts(String id) {
    return (Map<String, String>) browser.driver.executeScript(
        "const facts = {};"
            + "for (const dt of document.getElementById(arguments[0]).querySelectorAll('dt')) {"
            + "  facts[dt.textContent] = dt.nextElementSibling.textContent;"
            + "}"
            + "return facts;",
        id);
  }

  /** Watches the live power value until it has changed {@code changes} times. */
  List<String> powerValuesUntilChanged(int changes) {
    List<String> seen = new ArrayList<>();
    await(() -> {
      String value = text("power-import");
      if (!value.equals("–") && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(value))) {
        seen.add(value);
      }
      return seen.size() > changes;
    });
    return seen;
  }

  /**
   * Pixels in the import colour on the history chart's canvas within bar {@code index} of {@code
   * count}: a one-pixel column through its middle, from the plot's top to its bottom. The x scale
   * spans [-0.6, count - 0.4] across the plot area, which uPlot's {@code .u-over} covers.
   */
  long importPixelsOfBar(int index, int count) {
    Object found = browser.driver.executeScript(
        "const chart = document.getElementById('history-chart');"
            + "const canvas = chart.querySelector('canvas');"
            + "const over = chart.querySelector('.u-over').getBoundingClientRect();"
            + "const box = canvas.getBoundingClientRect();"
            + "const scale = canvas.width / box.width;"
            + "const x = Math.round((over.left - box.left"
            + "  + (arguments[0] + 0.6) / arguments[1] * over.width) * scale);"
            + "const top = Math.round((over.top - box.top) * scale);"
            + "const height = Math.round(over.height * scale);"
            + "const pixels = canvas.getContext('2d').getImageData(x, top, 1, height).data;"
            + IMPORT_COLOUR_COUNT,
        index, count);
    return ((Number) found).longValue();
  }

  /** Pixels in the import colour anywhere on the history chart's canvas. */
  long importPixels() {
    Object found = browser.driver.executeScript(
        "const canvas = document.querySelector('#history-chart canvas');"
            + "if (!canvas) return 0;"
            + "const pixels = canvas.getContext('2d')"
            + ".getImageData(0, 0, canvas.width, canvas.height).data;"
            + IMPORT_COLOUR_COUNT);
    return ((Number) found).longValue();
  }

  /** Sets the date picker's value as choosing a day in its pop-up does, which is not in the DOM. */
  void pickDate(String isoDate) {
    browser.driver.executeScript(
        "const input = document.getElementById('history-date');"
            + "input.value = arguments[0];"
            + "input.dispatchEvent(new Event('change', { bubbles: true }));",
        isoDate);
  }

  void await(BooleanSupplier condition) {
    new WebDriverWait(browser.driver, WAIT, Duration.ofMillis(100))
        .until(driver -> condition.getAsBoolean());
  }
}
