package io.hanport.app.source.doctor;

import io.hanport.app.source.SerialSettings;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one stretch of listening heard: at one serial setting, or on the whole input.
 *
 * @param settings the serial settings listened at; empty for inputs that are not a serial port
 * @param listened how long
 * @param bytes how many bytes arrived
 * @param firstBytes up to the first 32 of them, for showing what garbage looks like
 * @param readings frames that became readings
 * @param rejections rejected frames and byte runs by reason
 * @param invertedValidFrames valid frames found when every bit of the bytes is inverted
 * @param hdlcStarts places where an HDLC frame seems to start ({@code 7E A0}–{@code 7E AF}), which
 *     tells an M-Bus HAN port even where no frame decodes (PROTOCOLS.md §6.2)
 * @param frameGaps the time between consecutive valid frames
 * @param protocol the protocol of the readings ({@code dsmr} or {@code dlms})
 * @param profile what identifies the meter's kind (DSMR header; DLMS list id and model)
 */
public record Trial(
    Optional<SerialSettings> settings,
    Duration listened,
    long bytes,
    byte[] firstBytes,
    int readings,
    Map<Reason, Integer> rejections,
    int invertedValidFrames,
    int hdlcStarts,
    List<Duration> frameGaps,
    Optional<String> protocol,
    Optional<String> profile) {

  public Trial {
    firstBytes = firstBytes.clone();
    rejections = Map.copyOf(rejections);
    frameGaps = List.copyOf(frameGaps);
  }

  @Override
  public byte[] firstBytes() {
    return firstBytes.clone();
  }

  public int rejected(Reason reason) {
    return rejections.getOrDefault(reason, 0);
  }

  /** Frames whose checksum passed: readings, and frames that could not be decrypted or decoded. */
  public int validFrames() {
    return readings
        + rejected(Reason.DECRYPTION_FAILED)
        + rejected(Reason.UNSUPPORTED)
        + rejected(Reason.MALFORMED)
        + rejected(Reason.OUT_OF_SEQUENCE);
  }

  /** Every frame seen, valid or not: byte runs that start no frame do not count. */
  public int frames() {
    return validFrames()
        + rejected(Reason.BAD_CHECKSUM)
        + rejected(Reason.TRUNCATED)
        + rejected(Reason.OVERSIZED);
  }
}
