package io.hanport.app;

import io.hanport.app.cli.Cli;
import io.hanport.app.cli.Terminal;

/** The runnable jar's entry point: {@code java -jar hanport.jar decode capture.txt}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(Terminal.system(), args));
  }
}
