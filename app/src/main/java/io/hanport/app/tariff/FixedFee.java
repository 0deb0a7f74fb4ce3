package io.hanport.app.tariff;

import java.math.BigDecimal;

/** A fee per month whatever is used (subscription, fuse size, metering), without VAT. */
public record FixedFee(String name, BigDecimal perMonth) {}
