package io.hanport.app.archfixture.store;

import io.hanport.app.archfixture.web.WebSink;

/** Fixture for ArchitectureTest: a store that breaks the rule by calling the web sink. */
public final class StoreUsingWeb {
  public void save(WebSink web) {
    web.publish();
  }
}
