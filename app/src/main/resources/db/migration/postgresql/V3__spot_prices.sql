-- Schema 3: day-ahead spot prices per bidding zone, kept with the history so a day is fetched or
-- imported once and a bill can be recomputed later (issue 8). The price is the exchange's decimal
-- text, per kWh without VAT, so no engine rounds it through a float.

CREATE TABLE spot_price (
  zone           TEXT NOT NULL,
  start_ts       BIGINT NOT NULL,
  end_ts         BIGINT NOT NULL,
  price_per_kwh  TEXT NOT NULL,
  currency       TEXT NOT NULL,
  PRIMARY KEY (zone, start_ts)
);
