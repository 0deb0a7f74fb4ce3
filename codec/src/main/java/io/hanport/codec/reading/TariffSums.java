package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.math.BigDecimal;

/**
 * {@code energy_import_kwh} is 1.8.0 where the meter sends it, else the sum of its tariff registers
 * 1.8.1–1.8.4 (DSMR meters send only those; Hungary adds .3 and .4: PROTOCOLS.md §5); likewise
 * export from 2.8.1–2.8.4.
 */
final class TariffSums {

  /** Which total a tariff register adds to. */
  enum Register {
    IMPORT,
    EXPORT
  }

  private BigDecimal imported;
  private BigDecimal exported;

  /** The total {@code code} is a tariff register of, or null. */
  static Register registerOf(ObisCode code) {
    if (code.a() != 1 || code.b() > 1 || code.d() != 8 || code.e() < 1 || code.e() > 4) {
      return null;
    }
    if (code.c() == 1) {
      return Register.IMPORT;
    }
    return code.c() == 2 ? Register.EXPORT : null;
  }

  void add(Register register, CosemValue value) {
    if (!(value instanceof CosemValue.Quantity quantity)) {
      return;
    }
    BigDecimal kwh = Quantity.ENERGY.convert(quantity);
    if (kwh == null) {
      return;
    }
    if (register == Register.IMPORT) {
      imported = imported == null ? kwh : imported.add(kwh);
    } else {
      exported = exported == null ? kwh : exported.add(kwh);
    }
  }

  /** Fills the totals the meter did not send itself. */
  void fillTotals(Object[] fields) {
    if (fields[Field.ENERGY_IMPORT_KWH.ordinal()] == null) {
      fields[Field.ENERGY_IMPORT_KWH.ordinal()] = imported;
    }
    if (fields[Field.ENERGY_EXPORT_KWH.ordinal()] == null) {
      fields[Field.ENERGY_EXPORT_KWH.ordinal()] = exported;
    }
  }
}
