package io.hanport.app.serve;

import io.hanport.app.metrics.PrometheusText;
import io.hanport.app.pipeline.PipelineStatus;
import io.hanport.codec.wire.Reason;
import java.util.Map;

/** hanport's own health per input, for {@code /metrics}: frames, rejections, reconnects, queues. */
final class PipelineMetrics {

  private PipelineMetrics() {}

  static void writeTo(PipelineStatus status, PrometheusText text) {
    Map<String, String> input = Map.of("input", status.source());
    text.counter("hanport_frames_total", "Frames that became readings.", input, status.frames());
    text.counter("hanport_input_bytes_total", "Bytes read from the input.", input, status.bytes());
    for (Reason reason : Reason.values()) {
      text.counter(
          "hanport_rejections_total",
          "Frames and byte runs rejected, by reason.",
          Map.of("input", status.source(), "reason", reason.name()),
          status.rejections().getOrDefault(reason, 0L));
    }
    text.counter("hanport_reconnects_total", "Connections lost or reopened.", input, status.reconnects());
    text.gauge(
        "hanport_input_connected",
        "1 while the input is connected and sending.",
        input,
        status.state() == PipelineStatus.State.CONNECTED ? 1 : 0);
    for (PipelineStatus.SinkStatus sink : status.sinks()) {
      Map<String, String> labels = Map.of("input", status.source(), "sink", sink.name());
      text.gauge("hanport_sink_queue_depth", "Readings waiting for a sink.", labels, sink.depth());
      text.counter("hanport_sink_dropped_total", "Readings a full sink queue dropped.", labels, sink.dropped());
    }
  }
}
