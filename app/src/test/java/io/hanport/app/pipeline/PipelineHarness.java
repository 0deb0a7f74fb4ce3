package io.hanport.app.pipeline;

import io.hanport.app.source.InputUri;
import io.hanport.app.source.SimulatorBytes;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.codec.DecoderOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds pipelines for tests: fast polls, millisecond backoff, named sinks. */
final class PipelineHarness {

  static final SimulatorBytes NO_SIMULATOR =
      profile -> {
        throw new IOException("no simulator in this test");
      };

  private PipelineHarness() {}

  static SourceOptions sourceOptions() {
    return SourceOptions.defaults(DecoderOptions.defaults(), NO_SIMULATOR)
        .withPoll(Duration.ofMillis(50));
  }

  /** Silent after 300 ms, reopened after 600 ms, backoff 20 ms doubling to 200 ms. */
  static PipelineOptions fastOptions() {
    return PipelineOptions.defaults(DecoderOptions.defaults())
        .withTimes(
            Duration.ofMillis(300),
            Duration.ofMillis(600),
            Duration.ofMillis(20),
            Duration.ofMillis(200));
  }

  static Pipeline pipeline(String input, PipelineOptions options, Object... namesAndSinks) {
    InputUri uri = InputUri.parse(input);
    Map<String, ReadingSink> sinks = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSinks.length; i += 2) {
      sinks.put((String) namesAndSinks[i], (ReadingSink) namesAndSinks[i + 1]);
    }
    return new Pipeline(uri, Sources.of(uri.endpoint(), sourceOptions()), options, sinks);
  }
}
