package io.hanport.app.tariff;

import java.time.Instant;

/**
 * Where interval energy comes from: an energy CSV file today, the history store once it is wired in
 * (which offers exactly this per meter at 15-minute or hourly resolution).
 */
public interface EnergyProvider {

  /**
   * The meter's interval energy within [from, to).
   *
   * @param meter the meter's name, or empty for the only (or default) meter
   * @throws TariffException when the energy cannot be read; the message names the source and fix
   */
  EnergySeries energy(String meter, Instant from, Instant to) throws TariffException;
}
