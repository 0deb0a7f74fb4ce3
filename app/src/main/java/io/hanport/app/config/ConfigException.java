package io.hanport.app.config;

/** A config file or setting hanport cannot use; the message names the file and the fix. */
public final class ConfigException extends Exception {

  public ConfigException(String message) {
    super(message);
  }
}
