package io.hanport.app.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log through SLF4J, with its routine chatter ("Database: …", "Successfully validated …",
 * "Schema … is up to date") at debug: every {@code hanport export} opens the store, and its stderr
 * should say something only when a migration actually runs. Public only because Flyway instantiates
 * it by class name.
 */
public final class FlywayLog implements LogCreator {

  @Override
  public Log createLogger(Class<?> type) {
    Logger logger = LoggerFactory.getLogger(type);
    return new Log() {
      @Override
      public void debug(String message) {
        logger.debug(message);
      }

      @Override
      public void info(String message) {
        if (message.startsWith("Migrating schema") || message.startsWith("Successfully applied")) {
          logger.info(message);
        } else {
          logger.debug(message);
        }
      }

      @Override
      public void warn(String message) {
        logger.warn(message);
      }

      @Override
      public void error(String message) {
        logger.error(message);
      }

      @Override
      public void error(String message, Exception cause) {
        logger.error(message, cause);
      }

      @Override
      public void notice(String message) {
        logger.debug(message);
      }
    };
  }
}
