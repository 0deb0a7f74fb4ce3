package io.hanport.app.archfixture.web;

/** Fixture for ArchitectureTest: a sink that another sink must not use. */
public final class WebSink {
  public void publish() {}
}
