package io.hanport.app.serve;

import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.HeadroomWarning;
import java.util.function.BiConsumer;

/** A {@link HeadroomService.Listener} from two method references (the live feed, MQTT). */
final class HeadroomListeners {

  private HeadroomListeners() {}

  static HeadroomService.Listener of(
      BiConsumer<String, Headroom> headroom, BiConsumer<String, HeadroomWarning> warning) {
    return new HeadroomService.Listener() {
      @Override
      public void headroom(String meter, Headroom update) {
        headroom.accept(meter, update);
      }

      @Override
      public void warning(String meter, HeadroomWarning update) {
        warning.accept(meter, update);
      }
    };
  }
}
