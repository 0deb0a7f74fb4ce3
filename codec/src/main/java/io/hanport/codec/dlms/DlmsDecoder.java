package io.hanport.codec.dlms;

import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.CipheredFrame;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the DLMS frames of one stream (ARCHITECTURE.md "Decoder"): puts HDLC segments, M-Bus
 * segments and general-block-transfer blocks back together, strips the LLC header, deciphers
 * general-glo-ciphering, and hands each data-notification to a {@link NotificationMapper}.
 *
 * <p>Stateful and single-threaded: one instance per input stream, fed frames in stream order.
 * Failures of the frame at hand are thrown as {@link DecodeException}; pieces of an earlier push
 * that can no longer complete are reported to {@link Listener#dropped}.
 */
public final class DlmsDecoder {

  /** What the decoder has to say besides results. */
  public interface Listener {
    /** Something a person should know, said once: e.g. an authentication tag left unchecked. */
    void warning(String message);

    /** Segments or blocks of an unfinished push, dropped: never the frame being decoded. */
    void dropped(Rejection rejection);
  }

  static final String UNCHECKED_TAG_WARNING = "authentication tag not checked (no --auth-key)";
  static final String PLAINTEXT_IN_PLACE_WARNING =
      "a general-glo-ciphering APDU carries plaintext in place of its ciphertext (a decrypted"
          + " dump such as amsreader's): read without decryption";

  private static final int LLC_DESTINATION = 0xE6;
  private static final int LLC_SOURCE = 0xE7;
  private static final int LLC_LENGTH = 3;

  private final GcmDecryptor decryptor;
  private final NotificationMapper mapper;
  private final Listener listener;
  private final Reassembly hdlcSegments = new Reassembly("HDLC segment");
  private final MbusSegments mbusSegments = new MbusSegments();
  private final BlockTransfer blockTransfer = new BlockTransfer();
  private final Set<String> warnedOnce = new HashSet<>();

  public DlmsDecoder(DlmsKeys keys, NotificationMapper mapper, Listener listener) {
    this.decryptor = new GcmDecryptor(keys);
    this.mapper = mapper;
    this.listener = listener;
  }

  /**
   * Decodes one frame. Empty while segments or blocks of a push are still to come, and for an HDLC
   * frame without information field.
   */
  public Optional<DlmsResult> decode(Frame frame) throws DecodeException {
    if (frame instanceof HdlcFrame) {
      return decodeHdlc((HdlcFrame) frame);
    }
    if (frame instanceof MbusFrame) {
      MbusFrame mbus = (MbusFrame) frame;
      Optional<byte[]> apdu = mbusSegments.accept(mbus, listener::dropped);
      return apdu.isPresent()
          ? decodeLinkPayload(apdu.get(), 0, apdu.get().length, mbus)
          : Optional.empty();
    }
    if (frame instanceof CipheredFrame || frame instanceof ApduFrame) {
      return decodeLinkPayload(frame.raw(), 0, frame.raw().length, frame);
    }
    throw new DecodeException(Reason.UNSUPPORTED, "a P1 telegram is not a DLMS frame");
  }

  /** The input ended: unfinished pushes are reported dropped, and the decoder starts afresh. */
  public void finish() {
    if (hdlcSegments.isPending()) {
      listener.dropped(hdlcSegments.drop("input ended before the final segment"));
    }
    mbusSegments.finish(listener::dropped);
    blockTransfer.finish(listener::dropped);
  }

  private Optional<DlmsResult> decodeHdlc(HdlcFrame frame) throws DecodeException {
    byte[] raw = frame.raw();
    int offset = frame.informationOffset();
    int length = frame.informationLength();
    if (frame.segmented() || hdlcSegments.isPending()) {
      if (!hdlcSegments.isPending()) {
        hdlcSegments.start(frame.streamOffset());
      }
      hdlcSegments.append(raw, offset, length);
      if (frame.segmented()) {
        return Optional.empty();
      }
      byte[] whole = hdlcSegments.take();
      return decodeLinkPayload(whole, 0, whole.length, frame);
    }
    if (length == 0) {
      return Optional.empty();
    }
    return decodeLinkPayload(raw, offset, offset + length, frame);
  }

  /** An information field, M-Bus data or bare APDU: the LLC header is optional. */
  private Optional<DlmsResult> decodeLinkPayload(byte[] bytes, int offset, int limit, Frame frame)
      throws DecodeException {
    int start = hasLlcHeader(bytes, offset, limit) ? offset + LLC_LENGTH : offset;
    return decodeApdu(bytes, start, limit, frame, true);
  }

  private Optional<DlmsResult> decodeApdu(
      byte[] bytes, int offset, int limit, Frame frame, boolean blocksAllowed)
      throws DecodeException {
    if (offset >= limit) {
      throw new DecodeException(Reason.MALFORMED, "no APDU after the link header");
    }
    int tag = bytes[offset] & 0xFF;
    if (tag == DataNotification.TAG) {
      Optional<Telegram> repeated =
          mapper.mapRepeated(bytes, offset, limit, Optional.empty(), this::warnOnce);
      if (repeated.isPresent()) {
        return Optional.of(new DlmsResult.Cosem(repeated.get()));
      }
      DataNotification notification = DataNotification.parse(bytes, offset, limit);
      return Optional.of(new DlmsResult.Cosem(map(notification, Optional.empty())));
    }
    if (tag == BlockTransfer.TAG && blocksAllowed) {
      Optional<byte[]> whole =
          blockTransfer.accept(bytes, offset, limit, frame.streamOffset(), listener::dropped);
      return whole.isPresent()
          ? decodeApdu(whole.get(), 0, whole.get().length, frame, false)
          : Optional.empty();
    }
    if (tag == CipheredApdu.TAG) {
      return Optional.of(decodeCiphered(CipheredApdu.parse(bytes, offset, limit)));
    }
    throw new DecodeException(
        Apdus.isKnownNonPush(tag) ? Reason.UNSUPPORTED : Reason.MALFORMED, Apdus.describe(tag));
  }

  private DlmsResult decodeCiphered(CipheredApdu apdu) throws DecodeException {
    boolean tagChecked = apdu.isAuthenticated() && decryptor.canCheckTag();
    if (!tagChecked) {
      Optional<DataNotification> inPlace = Plaintexts.notificationInPlace(apdu);
      if (inPlace.isPresent()) {
        warnOnce(PLAINTEXT_IN_PLACE_WARNING);
        return new DlmsResult.Cosem(map(inPlace.get(), apdu.manufacturer()).asDecrypted());
      }
    }
    byte[] plaintext = decryptor.decrypt(apdu);
    DlmsResult result;
    if (Plaintexts.isP1Telegram(plaintext)) {
      result = new DlmsResult.P1Text(plaintext);
    } else {
      // A plaintext that repeats a known layout is a valid notification by construction.
      Optional<Telegram> repeated =
          mapper.mapRepeated(plaintext, 0, plaintext.length, apdu.manufacturer(), this::warnOnce);
      Telegram telegram =
          repeated.isPresent()
              ? repeated.get()
              : map(Plaintexts.notification(plaintext, apdu, tagChecked), apdu.manufacturer());
      result = new DlmsResult.Cosem(telegram.asDecrypted());
    }
    if (apdu.isAuthenticated() && !tagChecked) {
      warnOnce(UNCHECKED_TAG_WARNING);
    }
    return result;
  }

  private Telegram map(DataNotification notification, Optional<String> manufacturer)
      throws DecodeException {
    return mapper.map(notification, manufacturer, this::warnOnce);
  }

  /**
   * Said once per stream: the same warning every ten seconds would bury everything else, so
   * warnings name lists and objects, never values that change from push to push.
   */
  private void warnOnce(String message) {
    if (warnedOnce.add(message)) {
      listener.warning(message);
    }
  }

  private static boolean hasLlcHeader(byte[] bytes, int offset, int limit) {
    return limit - offset >= LLC_LENGTH
        && (bytes[offset] & 0xFF) == LLC_DESTINATION
        && (bytes[offset + 1] & 0xFF) == LLC_SOURCE
        && bytes[offset + 2] == 0;
  }
}
