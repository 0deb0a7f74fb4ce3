package io.hanport.app.web;

import java.util.regex.Pattern;

/**
 * Takes secrets out of an input URI before the API shows it: the password of {@code
 * mqtt://user:password@host}, and the value of any query parameter whose name says key, password,
 * secret, token or auth ({@code ?key=…} for a meter's decryption key). Issue 6: "no secrets ever
 * shown in the UI, API or logs".
 */
final class Redaction {

  static final String HIDDEN = "***";

  private static final Pattern PASSWORD = Pattern.compile("(//[^/@:?#]*):[^/@?#]*@");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "([?&;][A-Za-z0-9_.-]*(?i:key|pass|secret|token|auth)[A-Za-z0-9_.-]*=)[^&;#]*");

  private Redaction() {}

  static String uri(String uri) {
    String withoutPassword = PASSWORD.matcher(uri).replaceAll("$1:" + HIDDEN + "@");
    return SECRET_PARAMETER.matcher(withoutPassword).replaceAll("$1" + HIDDEN);
  }
}
