package io.hanport.app.serve;

import io.hanport.app.mqtt.MqttSettings;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.web.DashboardSettings;
import io.hanport.codec.DecoderOptions;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code hanport serve} runs, as the command line, environment and config file gave it.
 *
 * @param inputs the meters' inputs, each becoming one pipeline
 * @param database where history is kept ({@code sqlite:PATH} or {@code postgresql://…})
 * @param httpPort the dashboard's port; 0 picks a free one (tests)
 * @param httpBind the address it listens on
 * @param rawServe where to pass the meter's bytes on, if anywhere
 * @param homeWizardApi where to answer HomeWizard's local API, if anywhere
 * @param tariff the tariff to show costs and headroom with, if any (issue 8)
 */
public record ServeSettings(
    List<InputUri> inputs,
    DecoderOptions decoder,
    SourceOptions sources,
    String database,
    int httpPort,
    String httpBind,
    DashboardSettings dashboard,
    Optional<MqttSettings> mqtt,
    Optional<InetSocketAddress> rawServe,
    Optional<InetSocketAddress> homeWizardApi,
    Optional<TariffSettings> tariff) {

  public ServeSettings {
    inputs = List.copyOf(inputs);
  }

  /** Without a tariff. */
  public ServeSettings(
      List<InputUri> inputs,
      DecoderOptions decoder,
      SourceOptions sources,
      String database,
      int httpPort,
      String httpBind,
      DashboardSettings dashboard,
      Optional<MqttSettings> mqtt,
      Optional<InetSocketAddress> rawServe,
      Optional<InetSocketAddress> homeWizardApi) {
    this(inputs, decoder, sources, database, httpPort, httpBind, dashboard, mqtt, rawServe,
        homeWizardApi, Optional.empty());
  }

  /** The same settings with a tariff. */
  public ServeSettings withTariff(Optional<TariffSettings> newTariff) {
    return new ServeSettings(inputs, decoder, sources, database, httpPort, httpBind, dashboard,
        mqtt, rawServe, homeWizardApi, newTariff);
  }
}
