package io.hanport.app.cli;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.serve.ServeSettings;
import io.hanport.app.serve.TariffSettings;
import io.hanport.app.sim.DemoPrices;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.app.web.WebCliOptions;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hanport demo}: {@code serve} with a simulated Swedish meter and its own database under
 * {@code ./data/demo}, started afresh each time with the past week filled in, so the history views
 * have something to show from the first second.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the dashboard with a simulated Swedish meter (sim:se-p1) and a fresh database",
      "under ./data/demo holding the past week. Open the URL it prints.",
      "Costs and peak headroom use Ellevio's tariff and invented demo prices unless --tariff,",
      "--prices or --price-url say otherwise."
    })
final class DemoCommand implements Callable<Integer> {

  static final Path DATA = Path.of("data", "demo");
  private static final String METER = "demo";
  private static final Duration HISTORY = Duration.ofDays(7);
  private static final long SEED = 1;
  private static final int BATCH = 5000;
  private static final String DEMO_TARIFF = "ellevio";

  @ParentCommand HanportCommand hanport;

  @Mixin WebCliOptions web = new WebCliOptions();

  @Mixin TariffOptions tariff = new TariffOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Terminal terminal = hanport.terminal();
    TariffSettings demoTariff = demoTariff();
    String database = "sqlite:" + DATA.resolve("hanport.db");
    DecoderOptions decoder = DecoderOptions.defaults();
    Simulator meter = Simulator.create(Profile.SE_P1, SEED, Instant.now().minus(HISTORY).truncatedTo(ChronoUnit.SECONDS));
    terminal.err().println("Filling the demo database with a simulated week…");
    terminal.err().flush();
    fillHistory(meter, database, decoder);
    SourceOptions sources = SourceOptions.defaults(decoder, profile -> meter.live(Clock.systemUTC()));
    ServeSettings settings =
        new ServeSettings(
            List.of(InputUri.parse(METER + "=sim:se-p1")),
            decoder,
            sources,
            database,
            web.port(),
            web.bind(),
            web.settings(decoder.zone()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(demoTariff));
    return ServeCommand.run(terminal, settings);
  }

  /**
   * Ellevio's rules (a peak charge over the whole day, so headroom always shows) and invented
   * prices for the simulated week and tomorrow, unless the options name others.
   */
  private TariffSettings demoTariff() {
    ZoneId zone = DecoderOptions.defaults().zone();
    LocalDate today = LocalDate.now(zone);
    return tariff.demo(spec, DEMO_TARIFF,
        DemoPrices.between(today.minusDays(HISTORY.toDays() + 1), today.plusDays(2), zone),
        DemoPrices.LABEL);
  }

  private static void fillHistory(Simulator meter, String database, DecoderOptions decoder) throws IOException {
    deleteRecursively(DATA);
    Files.createDirectories(DATA);
    try (Store store = Stores.open(database, decoder.zone())) {
      List<MeterReading> batch = new ArrayList<>(BATCH);
      Collect collect = new Collect(batch);
      MeterDecoder decoding = new MeterDecoder(decoder, collect);
      meter.generate(Instant.now(), frame -> {
        collect.time = frame.time();
        decoding.feed(frame.bytes());
        if (batch.size() >= BATCH) {
          store.append(List.copyOf(batch));
          batch.clear();
        }
      });
      store.append(batch);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Collects the simulated week's readings, each received at its simulated time. */
  private static final class Collect implements MeterDecoder.Listener {
    private final List<MeterReading> batch;
    private Instant time = Instant.EPOCH;

    Collect(List<MeterReading> batch) {
      this.batch = batch;
    }

    @Override
    public void decoded(Reading reading, Frame frame) {
      batch.add(new MeterReading(METER, "sim:se-p1", time, reading, frame.raw()));
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("the simulator wrote a frame the codec rejects: " + rejection);
    }
  }
}
