package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects DSMR M-Bus sub-meters (gas, water, heat) from channels 0-1 to 0-4 (DSMR5 §6.12, e-MUCS,
 * PROTOCOLS.md §2–3): device type 24.1.0, id 96.1.0 or 96.1.1, reading 24.2.1 (temperature
 * corrected gas, water, heat), 24.2.3 (Belgian uncorrected gas) or 24.3.0 (DSMR 2.2/3 profile).
 */
final class MbusChannels {

  private static final int CHANNELS = 4;

  private final ReadingMapper mapper;
  private final Channel[] channels = new Channel[CHANNELS + 1];

  MbusChannels(ReadingMapper mapper) {
    this.mapper = mapper;
  }

  /** Which part of a channel an object is. */
  enum Part {
    DEVICE_TYPE,
    ID,
    READING
  }

  /** The channel part {@code code} is, or null. */
  static Part partOf(ObisCode code) {
    if (code.a() != 0 || code.b() < 1 || code.b() > CHANNELS) {
      return null;
    }
    if (code.c() == 24 && code.d() == 1 && code.e() == 0) {
      return Part.DEVICE_TYPE;
    }
    if (code.c() == 96 && code.d() == 1 && (code.e() == 0 || code.e() == 1)) {
      return Part.ID;
    }
    return isMeterReading(code) ? Part.READING : null;
  }

  /**
   * {@code object} is {@code part} of its channel, value group B. A reading that is not a number
   * is no part: it opens no channel.
   */
  void add(Part part, CosemObject object) {
    int number = object.code().b();
    CosemValue value = object.value();
    if (part == Part.DEVICE_TYPE) {
      channel(number).deviceType = integer(value);
    } else if (part == Part.ID) {
      channel(number).id = text(value).map(HexText::decodeIfPrintable);
    } else if (value instanceof CosemValue.Quantity quantity) {
      Channel channel = channel(number);
      channel.value = Optional.of(quantity.value());
      channel.unit = quantity.hasUnit() ? Optional.of(quantity.unit()) : Optional.empty();
      channel.time = object.captureTime().map(mapper::isoTime);
    }
  }

  List<MbusDevice> devices() {
    List<MbusDevice> devices = new ArrayList<>();
    for (int number = 1; number <= CHANNELS; number++) {
      Channel channel = channels[number];
      if (channel != null) {
        devices.add(
            new MbusDevice(
                number, channel.deviceType, channel.id, channel.value, channel.unit, channel.time));
      }
    }
    return devices;
  }

  private static boolean isMeterReading(ObisCode code) {
    return code.c() == 24
        && ((code.d() == 2 && (code.e() == 1 || code.e() == 3)) || (code.d() == 3 && code.e() == 0));
  }

  private Channel channel(int number) {
    if (channels[number] == null) {
      channels[number] = new Channel();
    }
    return channels[number];
  }

  private static Optional<Integer> integer(CosemValue value) {
    if (value instanceof CosemValue.Quantity quantity) {
      return Optional.of(quantity.value().intValue());
    }
    try {
      return Optional.of(Integer.parseInt(((CosemValue.Text) value).text().trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(CosemValue value) {
    String text =
        value instanceof CosemValue.Text t
            ? t.text()
            : ((CosemValue.Quantity) value).value().toPlainString();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** What one channel has sent so far; every part optional (empty channels are real: §2). */
  private static final class Channel {
    Optional<Integer> deviceType = Optional.empty();
    Optional<String> id = Optional.empty();
    Optional<BigDecimal> value = Optional.empty();
    Optional<String> unit = Optional.empty();
    Optional<String> time = Optional.empty();
  }
}
