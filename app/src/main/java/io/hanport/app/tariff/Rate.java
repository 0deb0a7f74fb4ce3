package io.hanport.app.tariff;

import java.math.BigDecimal;

/** A value (price per kWh, per kW, or a weight) and when it applies. */
public record Rate(When when, BigDecimal value) {}
