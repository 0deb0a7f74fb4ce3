package io.hanport.app.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** An I/O failure in the few words a log line about a meter connection needs. */
public final class IoProblems {

  private IoProblems() {}

  public static String describe(IOException problem) {
    if (problem instanceof ConnectException) {
      return "connection refused";
    }
    if (problem instanceof UnknownHostException) {
      return "unknown host " + problem.getMessage();
    }
    if (problem instanceof NoRouteToHostException) {
      return "no route to host";
    }
    if (problem instanceof SocketTimeoutException) {
      return "no answer (timed out)";
    }
    String message = problem.getMessage();
    if (message == null || message.isBlank()) {
      return problem.getClass().getSimpleName();
    }
    // Java's own messages start with a capital ("Connection reset"); ours are lower case.
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
