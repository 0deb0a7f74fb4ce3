package io.hanport.app.store;

/**
 * The store cannot do what was asked for a reason the user can fix: an unwritable path, wrong
 * PostgreSQL credentials, an unreachable server, a database written by a newer hanport, a full
 * disk. The message is one line that names the problem and the fix; the command line prints it
 * alone. The cause is kept for {@code --debug} style logging, not for the user.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message, null, false, false);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
