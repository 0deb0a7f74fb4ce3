package io.hanport.app.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.TrustManagerFactory;

/**
 * The CA a home broker's certificate was signed by ({@code --mqtt-ca FILE}, PEM): Mosquitto set up
 * for TLS usually has a CA of its own, which no JVM trusts by default.
 */
public final class TrustedCa {

  private TrustedCa() {}

  /**
   * Trust exactly the certificates in this PEM file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static TrustManagerFactory load(Path pemFile) {
    try (InputStream in = Files.newInputStream(pemFile)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(pemFile + " holds no certificate: give the CA's PEM file");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      return trust;
    } catch (IOException unreadable) {
      throw new IllegalArgumentException("cannot read the CA file " + pemFile + ": " + unreadable.getMessage());
    } catch (GeneralSecurityException notACertificate) {
      throw new IllegalArgumentException(
          pemFile + " is not a PEM certificate (" + notACertificate.getMessage() + "): give the CA's .pem/.crt file");
    }
  }
}
