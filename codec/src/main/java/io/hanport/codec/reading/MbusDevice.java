package io.hanport.codec.reading;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A gas, water or heat meter that reports through the electricity meter's M-Bus (DSMR channels
 * 0-1 to 0-4, PROTOCOLS.md §2). Every part but the channel is optional: real telegrams carry
 * empty channels such as {@code 0-1:96.1.0()}.
 */
public record MbusDevice(
    int channel,
    Optional<Integer> deviceType,
    Optional<String> id,
    Optional<BigDecimal> value,
    Optional<String> unit,
    Optional<String> time) {}
