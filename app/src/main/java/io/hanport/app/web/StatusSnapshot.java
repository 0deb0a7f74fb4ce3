package io.hanport.app.web;

import io.hanport.app.pipeline.PipelineStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What the status page shows: each input and the database, as of one instant. Built by {@code
 * hanport serve} from its pipelines' status and its store; the web layer adds its own figures
 * (live clients, uptime) when it writes the JSON.
 *
 * @param inputs one entry per configured input
 * @param databaseBytes the database's size on disk; empty when no database is configured
 * @param disk free space under the database, as last checked; empty before the first check
 */
public record StatusSnapshot(List<Input> inputs, OptionalLong databaseBytes, Optional<Disk> disk) {

  public StatusSnapshot {
    inputs = List.copyOf(inputs);
  }

  public StatusSnapshot(List<Input> inputs, OptionalLong databaseBytes) {
    this(inputs, databaseBytes, Optional.empty());
  }

  /**
   * Free space under the database (issue 5: the disk is watched).
   *
   * @param level {@code OK}, {@code LOW} (warn), {@code PRUNED} (raw readings deleted to make
   *     room) or {@code UNKNOWN} (a server database: the server's to watch)
   * @param message what the check found, in a sentence
   */
  public record Disk(String level, OptionalLong freeBytes, String message) {

    /** Whether the status page should warn. */
    public boolean low() {
      return level.equals("LOW") || level.equals("PRUNED");
    }
  }

  /**
   * One input as its pipeline sees it.
   *
   * @param input the input's URI; the API strips passwords and keys from it before showing it
   * @param source the name its readings carry
   * @param state where the connection stands, e.g. {@code CONNECTED}, {@code RECONNECTING}
   * @param connection what the connection found out, e.g. {@code 115200 8N1 (detected)}
   * @param meter the meter name of the last reading
   * @param protocol {@code dsmr} or {@code dlms}
   * @param profile the meter's kind: the DSMR header or the DLMS list id and model
   * @param lastFrame when the last reading arrived
   * @param frames frames that became readings
   * @param rejections rejected frames and byte runs, by reason name ({@code BAD_CHECKSUM}, …)
   * @param checksumFailureRate bad checksums over every frame seen, 0 to 1
   * @param reconnects connections lost or reopened after silence
   * @param problem the last connection problem, while it lasts
   */
  public record Input(
      String input,
      String source,
      String state,
      String connection,
      Optional<String> meter,
      Optional<String> protocol,
      Optional<String> profile,
      Optional<Instant> lastFrame,
      long frames,
      Map<String, Long> rejections,
      double checksumFailureRate,
      long reconnects,
      Optional<String> problem) {

    public Input {
      rejections = Map.copyOf(rejections);
    }

    /** A pipeline's status as the status page shows it. */
    public static Input from(PipelineStatus status) {
      Map<String, Long> rejections = new TreeMap<>();
      status.rejections().forEach((reason, count) -> rejections.put(reason.name(), count));
      return new Input(status.input(), status.source(), status.state().name(),
          status.connection(), status.meter(), status.protocol(), status.profile(),
          status.lastFrame(), status.frames(), rejections, status.checksumFailureRate(),
          status.reconnects(), status.problem());
    }
  }
}
