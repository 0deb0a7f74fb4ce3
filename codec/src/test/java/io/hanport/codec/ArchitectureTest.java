package io.hanport.codec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The codec's promises (ARCHITECTURE.md "Modules"): JDK only, and packages without cycles. */
class ArchitectureTest {

  private static final String CODEC = "io.hanport.codec";

  private static final JavaClasses CODEC_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CODEC);

  /** Embedders (openHAB, fleet back ends) take the codec without dragging in any library. */
  @Test
  void codecDependsOnTheJdkAlone() {
    classes()
        .that()
        .resideInAPackage(CODEC + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax..", CODEC + "..")
        .check(CODEC_CLASSES);
  }

  @Test
  void codecPackagesAreFreeOfCycles() {
    slices().matching(CODEC + ".(*)..").should().beFreeOfCycles().check(CODEC_CLASSES);
  }

  /**
   * The root package holds the facade that knows every wire format, so it sits above all of them: a
   * cycle through it (say, a framer reaching back for the facade's options) counts too.
   */
  @Test
  void rootPackageAndSubpackagesAreFreeOfCycles() {
    slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(CODEC_CLASSES);
  }

  /** One slice per package directly below {@code io.hanport.codec}, and one for the root. */
  private static final SliceAssignment TOP_LEVEL_PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String packageName = javaClass.getPackageName();
          if (packageName.equals(CODEC)) {
            return SliceIdentifier.of("(root)");
          }
          if (!packageName.startsWith(CODEC + ".")) {
            return SliceIdentifier.ignore();
          }
          String below = packageName.substring(CODEC.length() + 1);
          int dot = below.indexOf('.');
          return SliceIdentifier.of(dot < 0 ? below : below.substring(0, dot));
        }

        @Override
        public String getDescription() {
          return "top-level packages of " + CODEC + ", the root included";
        }
      };
}
