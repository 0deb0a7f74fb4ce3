package io.hanport.app.source.doctor;

import io.hanport.app.source.Endpoint;

/** The fixes doctor suggests, in the words a person with a cable in hand needs. */
final class Advice {

  private Advice() {}

  /** PROTOCOLS.md §1.1 (pins), §1.3 (activation). */
  static final String SILENT_METER =
      "\n"
          + "  1. The port may not be activated: grid companies switch the HAN/P1 port off by"
          + " default. Order activation from your grid company (DSO), usually in its customer"
          + " portal; it is lost when a new customer moves in.\n"
          + "  2. The meter sends only while the data-request pin (RJ12 pin 2) is held high (4-5.5"
          + " V): most adapters do this; if yours does not, tie pin 2 to pin 1 (+5 V).\n"
          + "  3. Check the cable: a 6-pin RJ12 plug fully seated, data on pin 5, ground on pin 3.";

  /** PROTOCOLS.md §1.1: open collector, logically inverted (DSMR5 §5.7.2). */
  static final String INVERSION =
      "The P1 data line is open-collector and logically inverted: the adapter must invert it (an"
          + " NPN stage, or the UART's RX-invert option; ESPHome: 'inverted: true' on the RX pin).";

  /** PROTOCOLS.md §1.1 safety warning, §6.1. */
  static final String MBUS_DANGER =
      "this port speaks M-Bus (HDLC frames at 2400 baud), not P1. An M-Bus port carries about"
          + " 24-27 V on pin 1, which destroys a 5 V P1 adapter. Unplug any P1 adapter from it now"
          + " and read it through an M-Bus adapter (TSS721-based). If you already use an M-Bus"
          + " adapter, all is well: run doctor with --adapter mbus.";

  /** PROTOCOLS.md §6.7: keys come from the grid company. */
  static final String KEY_SOURCE =
      "Get the encryption key (GUEK; Kamstrup calls it GPK60) from your grid company (DSO) and"
          + " give it with --key (and --auth-key, GAK or GPK61, when they give one too).";

  static String openFix(Endpoint endpoint) {
    if (endpoint instanceof Endpoint.Serial) {
      return "Check that the adapter is plugged in and the path is right (ls -l"
                 + " /dev/serial/by-id/), and that your user may open it (group 'dialout').";
    }
    if (endpoint instanceof Endpoint.Tcp) {
      return "Check the bridge's address and port, that it is powered and on the network, and that"
          + " its raw TCP server (ser2net, stream server) is enabled.";
    }
    if (endpoint instanceof Endpoint.Mqtt) {
      return "Check the broker's address and port, that it runs, and that it lets hanport in.";
    }
    if (endpoint instanceof Endpoint.File) {
      return "Check the file's path.";
    }
    return "Run 'hanport simulate --help' for the profiles the simulator knows.";
  }

  static String noBytesFix(Endpoint endpoint) {
    if (endpoint instanceof Endpoint.Tcp) {
      return " The bridge accepted the connection but forwarded nothing. Check that it is wired to"
          + " the meter and forwards raw bytes; if it is, the meter itself is silent:"
          + SILENT_METER;
    }
    if (endpoint instanceof Endpoint.Mqtt mqtt) {
      return " No message arrived on topic '"
          + mqtt.topic()
          + "'. Check that the bridge publishes raw frames to exactly this topic (mosquitto_sub -h "
          + mqtt.host()
          + " -t '"
          + mqtt.topic()
          + "' -v shows them); if it does not, the meter itself may be silent:"
          + SILENT_METER;
    }
    if (endpoint instanceof Endpoint.File) {
      return " The file is empty.";
    }
    return " The meter sends nothing, or nothing reaches the adapter:" + SILENT_METER;
  }

  static String garbageFix(Endpoint endpoint) {
    if (endpoint instanceof Endpoint.File) {
      return "\n"
                 + "  1. The file is not a capture of meter output: raw bytes as the meter sent"
                 + " them, or hex text in a file named .hex.\n"
                 + "  2. It was captured with wrong line settings or without inverting the signal,"
                 + " or its line ends were converted (CR LF is under the P1 checksum).";
    }
    if (endpoint instanceof Endpoint.Serial) {
      return "\n  1. Wrong line settings: doctor tried those listed; a meter at another speed needs"
          + " ?baud=&parity=&databits=&stopbits= in the input."
          + "\n  2. "
          + INVERSION
          + "\n  3. Noise: a long or unshielded cable, or a missing pull-up on the data line.";
    }
    return "\n"
               + "  1. The bridge's serial settings: P1 ports send 115200 8N1 (DSMR 2/3: 9600 7E1),"
               + " M-Bus ports 2400 8E1 (Kaifa, Aidon) or 2400 8N1 (Kamstrup).\n"
               + "  2. "
        + INVERSION;
  }
}
