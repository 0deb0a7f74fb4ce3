package io.hanport.app.cli;

/**
 * An input the user named cannot be read (missing file, no permission, read error): exit 1 with the
 * message alone. Stackless, because the message is all the user needs (ARCHITECTURE.md).
 */
final class UnreadableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnreadableInputException(String message) {
    super(message, null, false, false);
  }
}
