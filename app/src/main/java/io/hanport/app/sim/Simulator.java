package io.hanport.app.sim;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A virtual meter: a simulated household behind a meter of one profile, producing the exact
 * frames that meter would send, in order. Generating is pure: the frames depend only on the
 * profile, the seed and the start, never on the wall clock, and run as fast as the CPU allows
 * ({@link #generate}). {@link #open} paces the same frames in (scaled) real time as a byte stream
 * for {@code sim:PROFILE} inputs and {@code hanport simulate}.
 */
public final class Simulator {

  private final Profile profile;
  private final Meter meter;
  private final FrameEncoder encoder;
  private final PushSchedule schedule;
  private long nextFromMilli;

  private Simulator(Profile profile, long seed, Instant start) {
    this.profile = profile;
    Site site = profile.site();
    MeterIdentity identity = profile.identity(seed, start);
    this.meter = new Meter(new Household(seed, site), new GridVoltage(seed, site),
        profile.tariffs(), identity.initialRegisters(), identity.initialGasMl(), start);
    this.encoder = profile.encoder(identity, seed);
    this.schedule = profile.schedule();
    this.nextFromMilli = start.toEpochMilli();
  }

  /** A meter whose first frame is the profile's first push at or after {@code start}. */
  public static Simulator create(Profile profile, long seed, Instant start) {
    return new Simulator(profile, seed, start);
  }

  /**
   * A paced byte stream of the meter's frames: each frame's bytes become readable when its
   * simulated instant arrives on the scaled clock; {@code read} blocks until then, like a serial
   * port. Closing it wakes a blocked reader, which then sees the end of the stream.
   */
  public static InputStream open(Profile profile, SimulatorOptions options) {
    return open(profile, options, Clock.systemUTC());
  }

  static InputStream open(Profile profile, SimulatorOptions options, Clock clock) {
    Instant start =
        options.start().orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
    Simulator simulator = create(profile, options.seed(), start);
    return new PacedFrameStream(simulator, new ScaledPacer(clock, start, options.speed()));
  }

  /**
   * This meter's frames from now on, paced in real time, continuing its registers: for a demo that
   * first filled its history with {@link #generate} up to now.
   */
  public InputStream live(Clock clock) {
    return new PacedFrameStream(this, new ScaledPacer(clock, clock.instant(), 1.0));
  }

  public Profile profile() {
    return profile;
  }

  /**
   * The key to decrypt this meter's frames, for the profiles that encrypt (lu-smarty), as hex.
   */
  public Optional<String> decryptionKey() {
    return profile == Profile.LU_SMARTY
        ? Optional.of(SmartyKeys.DEMO_ENCRYPTION_KEY)
        : Optional.empty();
  }

  /** The meter's next frame; each call moves simulated time forward to it. */
  public SimulatedFrame next() {
    PushSchedule.Emission emission = schedule.next(nextFromMilli);
    nextFromMilli = emission.epochMilli() + 1;
    Instant time = Instant.ofEpochMilli(emission.epochMilli());
    MeterReadout readout = meter.readout(time);
    return new SimulatedFrame(time, emission.push(), encoder.encode(emission.push(), readout));
  }

  /** Emits, in order, every frame from the current position up to (not including) {@code until}. */
  public void generate(Instant until, Consumer<SimulatedFrame> out) {
    long untilMilli = until.toEpochMilli();
    while (schedule.next(nextFromMilli).epochMilli() < untilMilli) {
      out.accept(next());
    }
  }

  /** What the meter knows at {@code time}, for tests that check the model behind the frames. */
  MeterReadout readout(Instant time) {
    return meter.readout(time);
  }
}
