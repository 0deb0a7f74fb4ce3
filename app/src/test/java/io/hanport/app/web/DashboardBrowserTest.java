package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.tariff.HeadroomWarning;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser against the simulator's meter: live values change without a
 * reload, the history shows bars, and screenshots at desktop and phone width land in {@code
 * target/screenshots/} for a person to look at.
 */
class DashboardBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Three days ago, 10:00 to 13:00, the history has no data: a gap of three hourly bars. */
  private static final LocalDate GAP_DAY = LocalDate.now(TestServer.STOCKHOLM).minusDays(3);

  private TestServer server;
  private SimulatedHousehold household;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    Browser.assumeInstalled();
    Instant now = Instant.now();
    SyntheticHistory history = new SyntheticHistory(TestServer.STOCKHOLM,
        LocalDate.now(TestServer.STOCKHOLM).minusYears(3).withDayOfYear(100)
            .atStartOfDay(TestServer.STOCKHOLM).toInstant(),
        now, GAP_DAY.atTime(10, 0).atZone(TestServer.STOCKHOLM).toInstant());
    FakeBackend backend = new FakeBackend().withHistory(history);
    DemoTariff.add(backend, history, SimulatedHousehold.METER, now);
    backend.withStatus(new StatusSnapshot(List.of(new StatusSnapshot.Input("sim:se-p1",
        "sim:se-p1", "CONNECTED", "simulated, 10 s", Optional.of(SimulatedHousehold.METER),
        Optional.of("dsmr"), Optional.of("ELL5\\253833635_A"), Optional.of(now), 361,
        java.util.Map.of("BAD_CHECKSUM", 1L), 1 / 362.0, 0, Optional.empty())),
        java.util.OptionalLong.of(48_300_000)));
    LiveFeed feed = new LiveFeed();
    household = new SimulatedHousehold(feed, backend, now);
    server = new TestServer(backend, feed, Optional.empty(), Clock.systemUTC());
    household.run(Duration.ofMillis(700));
    browser = Browser.start("en-GB");
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
      household.close();
      server.close();
    }
  }

  @Test
  void livePowerChangesWithoutReloadAndHistoryShowsBars() {
    browser.driver.get("http://127.0.0.1:" + server.server.port() + "/#live");
    browser.driver.executeScript("window.notReloaded = true;");

    List<String> seen = powerValuesUntilChanged(2);

    assertThat(seen).hasSize(3);
    assertThat(browser.driver.executeScript("return window.notReloaded === true;")).isEqualTo(true);
    assertThat(text("current-l1")).endsWith(" A");
    await(() -> text("headroom-kw").equals("4.20"));
    assertThat(text("headroom-detail")).contains("Above 5.00 kW");
    Instant window = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    server.feed.headroomWarning(SimulatedHousehold.METER, new HeadroomWarning(window,
        window.plus(Duration.ofHours(1)), new BigDecimal("4.6"), new BigDecimal("5"),
        new BigDecimal("1.1"), "Peak warning"));
    await(() -> text("headroom-warning").startsWith("Heading for 4.60 kW"));
    browser.screenshot("desktop-live");

    browser.driver.findElement(By.cssSelector("a[data-view=today]")).click();
    await(() -> !text("today-import").equals("–"));
    await(() -> text("today-cost").startsWith("SEK"));
    assertThat(text("today-cost-breakdown")).contains("Spot price", "Fixed fees");
    assertThat(text("today-cost-note")).contains("Ellevio", "demo prices");
    assertThat(text("month-cost")).startsWith("Cost so far: SEK").contains("peak charge SEK");
    browser.screenshot("desktop-today");

    browser.driver.findElement(By.cssSelector("a[data-view=history]")).click();
    assertBarsDrawn();
    await(() -> text("history-summary").contains("cost SEK"));
    await(() -> Integer.parseInt(attribute("history-chart", "data-costs", "0")) > 0);
    browser.screenshot("desktop-history");
    browser.driver.findElement(By.cssSelector("#history-mode [data-mode=year]")).click();
    await(() -> text("history-title").matches("\\d{4}"));
    assertBarsDrawn();
    browser.screenshot("desktop-history-year");
    new Actions(browser.driver)
        .moveToElement(browser.driver.findElement(By.cssSelector("#history-chart .u-over")))
        .click().perform();
    await(() -> "true".equals(attribute("history-mode-month", "aria-pressed", "")));
    assertBarsDrawn();

    browser.driver.findElement(By.cssSelector("a[data-view=status]")).click();
    await(() -> !text("telegram").isEmpty());
    assertThat(text("telegram")).startsWith("/ELL5");
    browser.screenshot("desktop-status");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void onAPhoneInSwedishAndDark() {
    browser.viewport(390, 844, true);
    browser.driver.get("http://127.0.0.1:" + server.server.port() + "/#live");
    powerValuesUntilChanged(1);
    browser.screenshot("phone-live");

    browser.driver.findElement(By.id("language")).click();
    await(() -> browser.driver.findElement(By.cssSelector("a[data-view=live]")).getText()
        .equals("Just nu"));
    browser.driver.findElement(By.id("theme")).click();
    await(() -> text("headroom-unit").startsWith("kW kvar till"));
    browser.screenshot("phone-live-sv-dark");
    browser.driver.findElement(By.cssSelector("a[data-view=today]")).click();
    await(() -> text("today-cost").endsWith("kr"));
    browser.screenshot("phone-today-sv-dark");

    browser.driver.findElement(By.cssSelector("a[data-view=history]")).click();
    browser.driver.findElement(By.cssSelector("#history-mode [data-mode=day]")).click();
    await(() -> text("history-title").contains(" "));
    for (int day = 0; day < 3; day++) {
      browser.driver.findElement(By.id("history-prev")).click();
    }
    await(() -> attribute("history-date", "value", "").equals(GAP_DAY.toString()));
    assertBarsDrawn();
    await(() -> attribute("history-chart", "data-bars", "").equals("21"));
    browser.screenshot("phone-history-sv-dark");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void withTokenAuthALinkWithTheTokenOpensTheDashboardAndLeavesTheAddressBarClean() {
    try (TestServer guarded = new TestServer(server.backend, server.feed,
        Optional.of(HttpAuth.parse("token:kitchen-tablet")), Clock.systemUTC())) {
      String base = "http://127.0.0.1:" + guarded.server.port() + "/";
      browser.driver.get(base + "?token=kitchen-tablet#live");

      powerValuesUntilChanged(1);

      assertThat(browser.driver.getCurrentUrl()).isEqualTo(base + "#live");
      browser.driver.navigate().refresh();
      powerValuesUntilChanged(1);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** Watches the live power value until it has changed {@code changes} times. */
  private List<String> powerValuesUntilChanged(int changes) {
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

  /** Bars are on the canvas: pixels in the import colour, counted in the page. */
  private void assertBarsDrawn() {
    await(() -> Integer.parseInt(attribute("history-chart", "data-bars", "0")) > 0);
    await(() -> importPixels("#history-chart canvas") > 200);
  }

  private long importPixels(String canvas) {
    Object count = browser.driver.executeScript(
        "const canvas = document.querySelector(arguments[0]);"
            + "if (!canvas) return 0;"
            + "const hex = getComputedStyle(document.documentElement)"
            + ".getPropertyValue('--import').trim();"
            + "const rgb = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));"
            + "const pixels = canvas.getContext('2d')"
            + ".getImageData(0, 0, canvas.width, canvas.height).data;"
            + "let n = 0;"
            + "for (let i = 0; i < pixels.length; i += 4) {"
            + "  if (Math.abs(pixels[i] - rgb[0]) < 6 && Math.abs(pixels[i + 1] - rgb[1]) < 6"
            + "      && Math.abs(pixels[i + 2] - rgb[2]) < 6 && pixels[i + 3] > 200) n++;"
            + "}"
            + "return n;",
        canvas);
    return ((Number) count).longValue();
  }

  private String text(String id) {
    List<WebElement> found = browser.driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private String attribute(String id, String name, String otherwise) {
    String value = browser.driver.findElement(By.id(id)).getAttribute(name);
    return value == null ? otherwise : value;
  }

  private void await(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser.driver, WAIT, Duration.ofMillis(100))
        .until(driver -> condition.getAsBoolean());
  }
}
