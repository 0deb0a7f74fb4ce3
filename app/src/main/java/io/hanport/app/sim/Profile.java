package io.hanport.app.sim;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A kind of meter the simulator can be: its site, wire format, schedule and identity. */
public enum Profile {
  SE_P1("se-p1", "Swedish P1 telegram (ELL5 reference meter) every 10 s", Site.STOCKHOLM) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new SwedishP1Encoder();
    }
  },
  NL_DSMR5("nl-dsmr5", "Dutch DSMR 5.0.2 telegram (Iskra AM550) every 1 s, gas on channel 1",
      Site.UTRECHT) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new DsmrEncoder(identity, site().zone());
    }
  },
  NO_AIDON("no-aidon", "Norwegian Aidon 6534 HDLC lists 1/2/3 (2.5 s, 10 s, hourly)", Site.OSLO) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new AidonEncoder(identity, new CosemClock(site().zone(), true, 0));
    }
  },
  NO_KAIFA("no-kaifa", "Norwegian Kaifa MA304H3E HDLC lists 1/2/3 (2 s, 10 s, hourly)",
      Site.OSLO) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new KaifaEncoder(
          identity, new CosemClock(site().zone(), false, CosemClock.DEVIATION_UNSPECIFIED));
    }
  },
  NO_KAMSTRUP("no-kamstrup", "Norwegian Kamstrup Omnipower HDLC lists (10 s, hourly at xx:00:05)",
      Site.OSLO) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new KamstrupEncoder(
          identity, new CosemClock(site().zone(), false, CosemClock.DEVIATION_UNSPECIFIED));
    }
  },
  LU_SMARTY("lu-smarty", "Luxembourg Smarty, encrypted P1 telegram every 10 s", Site.LUXEMBOURG) {
    @Override
    FrameEncoder encoder(MeterIdentity identity, long seed) {
      return new SmartyEncoder(identity, site().zone(), SmartyKeys.cipher(seed));
    }
  };

  private final String id;
  private final String description;
  private final Site site;

  Profile(String id, String description, Site site) {
    this.id = id;
    this.description = description;
    this.site = site;
  }

  /** The name users type: {@code --profile se-p1}, {@code sim:se-p1}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static Optional<Profile> byId(String id) {
    return Arrays.stream(values()).filter(profile -> profile.id.equals(id)).findFirst();
  }

  /** Every profile's id, comma-separated, for error messages and help. */
  public static String ids() {
    return Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "));
  }

  Site site() {
    return site;
  }

  abstract FrameEncoder encoder(MeterIdentity identity, long seed);

  PushSchedule schedule() {
    switch (this) {
      case NL_DSMR5:
        return PushSchedule.telegrams(1_000);
      case NO_AIDON:
        return PushSchedule.threeLists(2_500);
      case NO_KAIFA:
        return PushSchedule.threeLists(2_000);
      case NO_KAMSTRUP:
        return PushSchedule.kamstrup();
      default:
        return PushSchedule.telegrams(10_000);
    }
  }

  Tariff.Calendar tariffs() {
    return this == NL_DSMR5 ? Tariff.dutch(site.zone()) : Tariff.single();
  }

  /** The meter's ids in each vendor's form (PROTOCOLS.md §2, §4, §6.5 and the captures). */
  MeterIdentity identity(long seed, Instant start) {
    switch (this) {
      case NL_DSMR5:
        return MeterIdentity.draw(seed, start, "E0044006", 17, "", "G0039001");
      case NO_AIDON:
        return MeterIdentity.draw(seed, start, "73599928", 16, "6534", "");
      case NO_KAIFA:
        return MeterIdentity.draw(seed, start, "69706314", 16, "MA304H3E", "");
      case NO_KAMSTRUP:
        return MeterIdentity.draw(seed, start, "57065672", 16, "6841131BN243101040", "");
      case LU_SMARTY:
        return MeterIdentity.draw(seed, start, "SAG10307", 16, "", "");
      default:
        return MeterIdentity.draw(seed, start, "", 0, "", "");
    }
  }
}
