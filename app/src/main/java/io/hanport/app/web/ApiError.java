package io.hanport.app.web;

import java.util.Optional;

/**
 * A request the API answers with an error status and a JSON body {@code {"error": "…",
 * "parameter": "from"}}. Thrown by handlers, turned into the response once, in {@link WebServer};
 * stackless, since it is an answer and not a bug.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Optional<String> parameter;

  private ApiError(int status, String message, Optional<String> parameter) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
  }

  /** 400: the named query parameter is missing or malformed. */
  static ApiError badParameter(String parameter, String message) {
    return new ApiError(400, message, Optional.of(parameter));
  }

  /** 404: the meter (or its first reading) does not exist. */
  static ApiError notFound(String message) {
    return new ApiError(404, message, Optional.empty());
  }

  /** 404 naming the {@code meter} parameter: it names no meter this instance knows. */
  static ApiError unknownMeter(String asked) {
    return new ApiError(404, "unknown meter '" + asked + "'; GET /api/v1/meters lists them",
        Optional.of("meter"));
  }

  static ApiError unavailable(String message) {
    return new ApiError(503, message, Optional.empty());
  }

  static ApiError unauthorized() {
    return new ApiError(401, "authentication required", Optional.empty());
  }

  int status() {
    return status;
  }

  Optional<String> parameter() {
    return parameter;
  }
}
