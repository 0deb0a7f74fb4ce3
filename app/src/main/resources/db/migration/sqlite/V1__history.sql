-- hanport history store, schema 1 (issue 5). Times are epoch milliseconds (UTC); energy is in
-- millionths of a kWh (mWh) so that sums of register differences stay exact integers.

CREATE TABLE setting (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per meter name. The last register reading is kept here, not only in raw_reading, so
-- that in-order ingest needs no lookups and survives pruning of the raw table.
CREATE TABLE meter (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL UNIQUE,
  first_ts           BIGINT NOT NULL,
  last_ts            BIGINT NOT NULL,
  register_ts        BIGINT,
  register_import    BIGINT,
  register_export    BIGINT,
  register_identity  TEXT,
  raw_from           BIGINT,
  json_dictionary    BLOB
);

CREATE TABLE meter_segment (
  meter        INTEGER NOT NULL REFERENCES meter (id),
  started_ts   BIGINT NOT NULL,
  reason       TEXT NOT NULL,
  header       TEXT,
  meter_id     TEXT,
  list_id      TEXT,
  meter_model  TEXT,
  PRIMARY KEY (meter, started_ts)
);

-- Raw readings for the retention period: the contract JSON, deflated against the meter's first
-- reading as a dictionary, plus the registers that merging an out-of-order reading needs.
CREATE TABLE raw_reading (
  meter            INTEGER NOT NULL,
  ts               BIGINT NOT NULL,
  received_ts      BIGINT NOT NULL,
  import_milli_wh  BIGINT,
  export_milli_wh  BIGINT,
  identity         TEXT,
  json             BLOB NOT NULL,
  PRIMARY KEY (meter, ts)
) WITHOUT ROWID;

CREATE TABLE rollup (
  meter            INTEGER NOT NULL,
  resolution       TEXT NOT NULL,
  start_ts         BIGINT NOT NULL,
  end_ts           BIGINT NOT NULL,
  import_milli_wh  BIGINT NOT NULL,
  export_milli_wh  BIGINT NOT NULL,
  covered_ms       BIGINT NOT NULL,
  spill_ms         BIGINT NOT NULL,
  breaks           INTEGER NOT NULL,
  readings         INTEGER NOT NULL,
  power_readings   INTEGER NOT NULL,
  power_min_w      DOUBLE PRECISION,
  power_max_w      DOUBLE PRECISION,
  power_sum_w      DOUBLE PRECISION NOT NULL,
  current_l1_max_a DOUBLE PRECISION,
  current_l2_max_a DOUBLE PRECISION,
  current_l3_max_a DOUBLE PRECISION,
  voltage_min_v    DOUBLE PRECISION,
  voltage_max_v    DOUBLE PRECISION,
  PRIMARY KEY (meter, resolution, start_ts)
) WITHOUT ROWID;
