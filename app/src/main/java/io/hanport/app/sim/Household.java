package io.hanport.app.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The simulated household: base load, fridge, heat pump, cooking, an electric car, solar panels
 * and a gas boiler, at one site. Pure: the load at an instant depends only on the seed, the site
 * and that instant, never on the wall clock or on earlier calls.
 *
 * <p>Appliances switch at 10-second slot boundaries; on top, the base load wanders by a few watts
 * every second, as a real meter's 1-second values do (DSMR 5 sends one telegram a second).
 * Not thread-safe: it remembers the last slot and hour it computed.
 */
final class Household {

  private static final int NOISE_W = 5;
  private static final long NOISE_KEY = 0x4015E;
  private static final int SECONDS_PER_HOUR = 3600;

  private final long seed;
  private final Site site;
  private final List<Appliance> appliances;
  private long cachedSlotStart = Long.MIN_VALUE;
  private LoadSum cachedSlot;
  private long cachedHour = Long.MIN_VALUE;
  private LocalDate cachedDate;
  private int cachedHourSecondOfDay;

  Household(long seed, Site site) {
    this.seed = seed;
    this.site = site;
    this.appliances =
        List.of(
            new BaseLoad(seed),
            CyclingAppliance.fridge(seed),
            CyclingAppliance.heatPump(seed),
            new Cooking(seed),
            new EvCharger(seed, site),
            new SolarPanels(seed, site),
            new GasHeating(seed));
  }

  /** What the household draws during the second [epochSecond, epochSecond + 1). */
  InstantLoad load(long epochSecond) {
    LoadSum slot = slotLoad(epochSecond);
    long noise = SeedHash.hash(seed, NOISE_KEY, epochSecond);
    int[] active = new int[LoadSum.PHASES];
    int[] reactive = new int[LoadSum.PHASES];
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      active[phase] = slot.activeW(phase) + noiseW(noise, phase);
      reactive[phase] = slot.reactiveVar(phase);
    }
    return new InstantLoad(active, reactive);
  }

  /** The all-phase net of {@link #load}, without building it: the meter's per-second hot path. */
  int netActiveW(long epochSecond) {
    LoadSum slot = slotLoad(epochSecond);
    long noise = SeedHash.hash(seed, NOISE_KEY, epochSecond);
    int net = 0;
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      net += slot.activeW(phase) + noiseW(noise, phase);
    }
    return net;
  }

  /** Reactive power and gas flow stay constant through a slot. */
  int netReactiveVar(long epochSecond) {
    LoadSum slot = slotLoad(epochSecond);
    return slot.reactiveVar(0) + slot.reactiveVar(1) + slot.reactiveVar(2);
  }

  int gasMlPerHour(long epochSecond) {
    return slotLoad(epochSecond).gasMlPerHour();
  }

  /** One 64-bit draw per second serves all phases: 21 bits each. */
  private static int noiseW(long noise, int phase) {
    long bits = (noise >>> (21 * phase)) & 0x1F_FFFF;
    return (int) (bits % (2 * NOISE_W + 1)) - NOISE_W;
  }

  private LoadSum slotLoad(long epochSecond) {
    long slotStart = Math.floorDiv(epochSecond, Slot.SECONDS) * Slot.SECONDS;
    if (slotStart != cachedSlotStart) {
      LoadSum sum = new LoadSum();
      Slot slot = slot(slotStart);
      for (Appliance appliance : appliances) {
        appliance.addLoad(slot, sum);
      }
      cachedSlot = sum;
      cachedSlotStart = slotStart;
    }
    return cachedSlot;
  }

  /** A slot's local date and time; zone rules are asked once an hour (offsets change on hours). */
  private Slot slot(long slotStart) {
    long hour = Math.floorDiv(slotStart, SECONDS_PER_HOUR);
    if (hour != cachedHour) {
      cachedHour = hour;
      Instant hourStart = Instant.ofEpochSecond(hour * SECONDS_PER_HOUR);
      LocalDateTime local = LocalDateTime.ofInstant(hourStart, site.zone());
      cachedDate = local.toLocalDate();
      cachedHourSecondOfDay = local.toLocalTime().toSecondOfDay();
    }
    int secondOfDay = cachedHourSecondOfDay + (int) (slotStart - cachedHour * SECONDS_PER_HOUR);
    return Slot.of(slotStart, cachedDate, secondOfDay, site, seed);
  }
}
