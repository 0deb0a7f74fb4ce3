package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.serve.HanportService;
import io.hanport.app.serve.ServeSettings;
import io.hanport.app.sim.FastLive;
import io.hanport.app.sim.Simulator;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.codec.DecoderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole of {@code hanport serve} in a real browser (issue 6): a simulated Swedish meter at five
 * times its pace, its past filled in the way {@code hanport demo} does, with a gap from 10:00 to
 * 13:00 two days ago, and a SQLite database. Screenshots at desktop and phone width, light and
 * dark, English and Swedish, land in {@code target/screenshots/serve-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

  private static final String METER = "home";
  private static final double SPEED = 5;
  private static final int GAP_FROM_HOUR = 10;
  private static final int GAP_HOURS = 3;

  private Path directory;
  private ZoneId zone;
  private LocalDate today;
  private LocalDate gapDay;
  private HanportService service;
  private Browser browser;
  private DashboardPage page;

  @BeforeAll
  void start() throws Exception {
    Browser.assumeInstalled();
    directory = Files.createTempDirectory("hanport-serve-browser-");
    DecoderOptions decoder = DecoderOptions.defaults();
    zone = decoder.zone();
    today = LocalDate.now(zone);
    gapDay = today.minusDays(2);
    // From the last days of the previous month, so that the month view's back arrow finds bars.
    LocalDate first = today.withDayOfMonth(1).minusDays(2);
    String database = "sqlite:" + directory.resolve("hanport.db");
    Instant gapStart = gapDay.atTime(GAP_FROM_HOUR, 0).atZone(zone).toInstant();
    Simulator meter = SimulatedPast.fill(database, METER,
        (first.isBefore(gapDay) ? first : gapDay.minusDays(2)).atStartOfDay(zone).toInstant(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS), gapStart,
        gapStart.plus(Duration.ofHours(GAP_HOURS)));
    ServeSettings settings = new ServeSettings(
        List.of(InputUri.parse(METER + "=sim:se-p1")), decoder,
        SourceOptions.defaults(decoder, profile -> FastLive.of(meter, SPEED)), database, 0,
        "127.0.0.1", new DashboardSettings(Optional.empty(), 20, zone), Optional.empty(),
        Optional.empty(), Optional.empty());
    service = HanportService.start(settings, "test");
    browser = Browser.start("en-GB");
    page = new DashboardPage(browser);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
    if (directory != null) {
      try (var files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void liveHistoryAndStatusOnADesktopInEnglish() {
    browser.viewport(1280, 900, false);
    open("#live");
    browser.driver.executeScript("window.notReloaded = true;");
    assertThat(page.powerValuesUntilChanged(2)).hasSize(3);
    assertThat(browser.driver.executeScript("return window.notReloaded === true;")).isEqualTo(true);
    browser.screenshot("serve-desktop-en-light-live");

    page.click("a[data-view=history]");
    assertBarsDrawn();
    browser.screenshot("serve-desktop-en-light-month");
    assertMonthArrowsMove();
    assertTheDayWithTheGap();

    page.click("a[data-view=status]");
    assertStatusFacts();
    browser.screenshot("serve-desktop-en-light-status");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void swedishAndDarkOnADesktopAndAPhone() {
    browser.viewport(1280, 900, false);
    open("#live");
    page.powerValuesUntilChanged(1);
    page.click("#language");
    page.await(() -> page.textOf("a[data-view=live]").equals("Just nu"));
    page.click("#theme");
    assertThat(browser.driver.executeScript("return document.documentElement.dataset.theme;"))
        .isEqualTo("dark");
    screenshots("serve-desktop-sv-dark");

    browser.viewport(390, 844, true);
    page.click("a[data-view=live]");
    page.powerValuesUntilChanged(1);
    screenshots("serve-phone-sv-dark");
    page.click("#language");
    page.click("#theme");
    page.await(() -> page.textOf("a[data-view=live]").equals("Live"));
    page.click("a[data-view=live]");
    page.powerValuesUntilChanged(1);
    screenshots("serve-phone-en-light");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** Back a month: last month's days (the backfill began in them); forward again. */
  private void assertMonthArrowsMove() {
    page.click("#history-prev");
    page.await(() -> page.text("history-title").startsWith(monthName(today.minusMonths(1))));
    assertBarsDrawn();
    page.click("#history-next");
    page.await(() -> page.text("history-title").startsWith(monthName(today)));
  }

  /** The gap day, chosen with the date picker, by hours and by quarters; then the arrow on. */
  private void assertTheDayWithTheGap() {
    page.click("#history-mode-day");
    page.pickDate(gapDay.toString());
    page.await(() -> page.attribute("history-date", "value").equals(gapDay.toString()));
    // Counted, not assumed: a day has 23 or 25 hours when the clocks change.
    int hours = hoursOf(gapDay);
    int gapIndex = (int) Duration.between(gapDay.atStartOfDay(zone),
        gapDay.atTime(GAP_FROM_HOUR, 0).atZone(zone)).toHours();
    page.await(() -> page.bars() == hours - GAP_HOURS);
    assertGapDrawn(hours, gapIndex, GAP_HOURS);
    // The hour after the gap holds the gap's energy (register difference), and says so.
    assertThat(page.text("history-summary"))
        .contains("A bar right after a gap in the readings also holds the energy used during the gap");
    browser.screenshot("serve-desktop-en-light-day-gap");
    page.click("#history-resolution [data-resolution='15m']");
    page.await(() -> page.bars() == 4 * (hours - GAP_HOURS));
    assertGapDrawn(4 * hours, 4 * gapIndex, 4 * GAP_HOURS);
    LocalDate next = gapDay.plusDays(1);
    page.click("#history-next");
    page.await(() -> page.attribute("history-date", "value").equals(next.toString()));
    page.await(() -> page.bars() == 4 * hoursOf(next));
  }

  /** Input, meter kind (the profile the telegrams name), frame age, checksum rate, database. */
  private void assertStatusFacts() {
    page.await(() -> !page.facts("status-inputs").isEmpty());
    Map<String, String> input = page.facts("status-inputs");
    assertThat(input.get("Input")).isEqualTo("sim:se-p1");
    assertThat(page.textOf("#status-inputs .badge")).isEqualTo("Connected");
    assertThat(input.get("Meter kind")).startsWith("ELL5");
    assertThat(input.get("Last frame")).matches("just now|\\d+ s ago");
    assertThat(input.get("Checksum failures")).isEqualTo("0.00 %");
    assertThat(page.facts("status-service").get("Database size")).matches("[\\d.]+ (kB|MB)");
  }

  /** Opens the dashboard afresh, language and theme back to the browser's own. */
  private void open(String view) {
    String base = "http://127.0.0.1:" + service.httpPort() + "/";
    browser.driver.get(base + view);
    browser.driver.executeScript("localStorage.clear();");
    browser.driver.navigate().refresh();
  }

  /** The live (shown), history and status views, each once it has its data. */
  private void screenshots(String prefix) {
    browser.screenshot(prefix + "-live");
    page.click("a[data-view=history]");
    assertBarsDrawn();
    browser.screenshot(prefix + "-history");
    page.click("a[data-view=status]");
    page.await(() -> !page.facts("status-inputs").isEmpty());
    browser.screenshot(prefix + "-status");
  }

  private void assertBarsDrawn() {
    page.await(() -> page.bars() > 0);
    page.await(() -> page.importPixels() > 200);
  }

  /**
   * Nothing drawn for bars {@code from} to {@code from + length} of {@code count}; the bar after
   * them is drawn (it holds the gap's energy, the meter's registers having moved on meanwhile).
   * The bar before may be empty in its own right: the sun can cover a quarter hour's use.
   */
  private void assertGapDrawn(int count, int from, int length) {
    page.await(() -> page.importPixelsOfBar(from + length, count) > 0);
    for (int bar = from; bar < from + length; bar++) {
      assertThat(page.importPixelsOfBar(bar, count)).as("bar %d of %d", bar, count).isZero();
    }
  }

  private int hoursOf(LocalDate day) {
    return (int) Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone))
        .toHours();
  }

  private static String monthName(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
