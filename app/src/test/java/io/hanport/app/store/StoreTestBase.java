package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One engine's fixture for the contract interfaces ({@link EnergyContract}, {@link
 * IntegrityContract}, {@link LifecycleContract}): the same tests run on both engines (issue 5).
 * Each test gets a fresh empty database.
 */
abstract class StoreTestBase implements StoreFixture {

  private Store store;
  private String database;

  /** A database URI no other test uses. */
  abstract String freshDatabase();

  /** Removes what {@link #freshDatabase} made; the store is closed by then. */
  abstract void dropDatabase(String database);

  @BeforeEach
  void openStore() {
    database = freshDatabase();
    store = open(KEEP_ALL);
  }

  @AfterEach
  void closeStore() {
    store.close();
    dropDatabase(database);
  }

  @Override
  public Store store() {
    return store;
  }

  @Override
  public String database() {
    return database;
  }

  @Override
  public Store reopen(StoreSettings settings) {
    store.close();
    store = open(settings);
    return store;
  }

  private Store open(StoreSettings settings) {
    return Stores.open(database, STOCKHOLM, settings);
  }
}
