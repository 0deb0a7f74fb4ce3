package io.hanport.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's package graph as ARCHITECTURE.md draws it: sinks ({@code store}, {@code web}, {@code
 * mqtt}, {@code metrics}) never depend on one another, so each can be turned off, replaced or fail
 * alone. {@code cli} wires everything and may depend on all of it. A rule for a sink that does not
 * exist yet passes empty and holds as soon as the package appears.
 */
class ArchitectureTest {

  private static final String APP = "io.hanport.app";
  private static final List<String> SINKS = List.of("store", "web", "mqtt", "metrics");

  @Test
  void sinksNeverDependOnOneAnother() {
    JavaClasses production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
    checkSinksIndependent(APP, production);
  }

  /** The rule above is only worth something if it can fail: a store that calls the web must. */
  @Test
  void sinkRuleCatchesOneSinkUsingAnother() {
    String fixtures = APP + ".archfixture";
    JavaClasses violating = new ClassFileImporter().importPackages(fixtures);
    assertThatThrownBy(() -> checkSinksIndependent(fixtures, violating))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("archfixture.store.StoreUsingWeb")
        .hasMessageContaining("archfixture.web.WebSink");
  }

  private static void checkSinksIndependent(String base, JavaClasses classes) {
    for (String sink : SINKS) {
      String[] otherSinks =
          SINKS.stream()
              .filter(other -> !other.equals(sink))
              .map(other -> base + "." + other + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(base + "." + sink + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(otherSinks)
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
