package dev.netwright.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, enforced: the model knows nothing of JavaFX or AWS; only the UI
 * package touches JavaFX and only the AWS package touches the AWS SDK.
 */
class ArchitectureTest {
  private static JavaClasses netwright;

  @BeforeAll
  static void importClasses() {
    netwright = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.netwright");
  }

  @Test
  void model_usesNeitherJavaFxNorTheAwsSdk() {
    noClasses().that().resideInAPackage("dev.netwright.model..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..")
        .because("the model is pure Java, testable and usable without a window or an account")
        .check(netwright);
  }

  @Test
  void onlyTheAwsPackage_usesTheAwsSdk() {
    noClasses().that().resideOutsideOfPackage("dev.netwright.app.aws..")
        .should().dependOnClassesThat().resideInAPackage("software.amazon..")
        .because("AWS calls live behind the aws adapters")
        .check(netwright);
  }

  @Test
  void onlyTheUiPackage_usesJavaFx() {
    noClasses().that().resideOutsideOfPackage("dev.netwright.app.ui..")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .because("the command line must run without a display")
        .check(netwright);
  }

  @Test
  void theModel_doesNotDependOnTheApp() {
    noClasses().that().resideInAPackage("dev.netwright.model..")
        .should().dependOnClassesThat().resideInAPackage("dev.netwright.app..")
        .check(netwright);
  }
}
