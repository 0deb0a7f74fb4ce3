package io.hanport.app.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a meter readout holding exactly the values a capture shows. */
final class ReadoutBuilder {

  private final Instant time;
  private final List<PhaseReading> phases = new ArrayList<>();
  private PowerTotals totals = new PowerTotals(0, 0, 0, 0);
  private Registers registers = Registers.ofWh(0, 0, 0, 0);
  private Tariff tariff = Tariff.LOW;
  private Instant hourStart;
  private Registers hourRegisters;
  private Instant gasTime;
  private long gasMl;

  private ReadoutBuilder(Instant time) {
    this.time = time;
  }

  static Instant local(String dateTime, String zone) {
    return LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
  }

  static ReadoutBuilder at(Instant time) {
    return new ReadoutBuilder(time);
  }

  ReadoutBuilder phase(int importW, int exportW, int reactiveImportVar, int reactiveExportVar,
      int decivolts, int milliamps) {
    phases.add(new PhaseReading(importW, exportW, reactiveImportVar, reactiveExportVar,
        decivolts, milliamps));
    return this;
  }

  ReadoutBuilder totals(int importW, int exportW, int reactiveImportVar, int reactiveExportVar) {
    totals = new PowerTotals(importW, exportW, reactiveImportVar, reactiveExportVar);
    return this;
  }

  ReadoutBuilder registers(Registers value) {
    registers = value;
    return this;
  }

  ReadoutBuilder tariff(Tariff value) {
    tariff = value;
    return this;
  }

  ReadoutBuilder hour(Instant start, Registers value) {
    hourStart = start;
    hourRegisters = value;
    return this;
  }

  ReadoutBuilder gas(Instant when, long millilitres) {
    gasTime = when;
    gasMl = millilitres;
    return this;
  }

  MeterReadout build() {
    return new MeterReadout(time, phases, totals, registers, tariff,
        hourStart == null ? time : hourStart, hourRegisters == null ? registers : hourRegisters,
        gasTime == null ? time : gasTime, gasMl);
  }
}
