package io.hanport.app.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses {@code serve} prints at start. Listening on every interface, the useful ones are
 * this machine's own name for itself and its addresses on the home network, which is what a phone
 * needs (issue 6: "binds to all interfaces so the household's phones can reach it").
 */
final class ListenUrls {

  private ListenUrls() {}

  /** What to print after "hanport is running: ", given where it listens. */
  static String describe(String bind, int port) {
    return describe(bind, port, homeNetworkAddresses());
  }

  static String describe(String bind, int port, List<InetAddress> homeNetwork) {
    if (!"0.0.0.0".equals(bind) && !"::".equals(bind)) {
      return url(bind, port);
    }
    List<String> others = new ArrayList<>();
    for (InetAddress address : homeNetwork) {
      others.add(url(address.getHostAddress(), port));
    }
    return url("localhost", port)
        + (others.isEmpty() ? "" : " (from phones on this network: " + String.join(", ", others)
            + ")");
  }

  private static String url(String host, int port) {
    return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port + "/";
  }

  /** IPv4 addresses of the interfaces that are up, neither loopback nor virtual. */
  private static List<InetAddress> homeNetworkAddresses() {
    List<InetAddress> addresses = new ArrayList<>();
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (network.isUp() && !network.isLoopback() && !network.isVirtual()) {
          Collections.list(network.getInetAddresses()).stream()
              .filter(address -> address instanceof Inet4Address && address.isSiteLocalAddress())
              .forEach(addresses::add);
        }
      }
    } catch (SocketException unlisted) {
      // Without the list, localhost alone is printed: still right, only less helpful.
    }
    return addresses;
  }
}
