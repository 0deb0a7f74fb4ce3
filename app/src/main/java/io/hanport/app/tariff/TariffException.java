package io.hanport.app.tariff;

/**
 * A rule file, energy file or price file hanport cannot use. The message names the file, the line
 * or setting, and the fix; it is all the user needs, so the exception carries no stack trace.
 */
public final class TariffException extends Exception {

  public TariffException(String message) {
    super(message, null, false, false);
  }
}
