package io.hanport.app.source;

/** An {@code --input} value hanport cannot use; the message says what to write instead. */
public final class InvalidInputException extends IllegalArgumentException {

  public InvalidInputException(String input, String problem) {
    super("input '" + input + "': " + problem);
  }
}
