package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Getting started and Help ▸ About, as a new user finds them. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
  private DesignerFixture designer;

  @Start
  void start(Stage stage) {
    designer = DesignerFixture.show(stage);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  private static String textOf(Node content) {
    return content.lookupAll(".label").stream().map(node -> ((Label) node).getText()).collect(Collectors.joining("\n"));
  }

  @Test
  void gettingStarted_saysHowToDrawConnectAndAskAPath_andOpensASample(FxRobot robot) {
    robot.interact(() -> designer.window.item("gettingStarted").fire());
    WaitForAsyncUtils.waitForFxEvents();

    String text = textOf(robot.lookup("#gettingStarted").queryAs(VBox.class));
    for (String step : List.of("Draw: Drag a VPC from the palette", "Connect: Pick Connect", "Ask a path: In Paths")) {
      assertTrue(text.contains(step), "missing '" + step + "' in:\n" + text);
    }
    for (Samples.Sample sample : Samples.ALL) {
      assertTrue(robot.lookup("#sample-" + sample.file().replace(".json", "")).tryQuery().isPresent(), sample.file());
    }

    robot.clickOn("#sample-three-tier");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("three-tier.json", designer.session.file().getFileName().toString());
    assertTrue(designer.session.document().topology().subnets().size() > 0);
  }

  @Test
  void about_namesTheVersion_theBundledLibrariesWithTheirLicences_andWhereTheDocsAre(FxRobot robot) {
    robot.interact(() -> designer.window.item("about").fire());
    WaitForAsyncUtils.waitForFxEvents();

    VBox about = robot.lookup("#about").queryAs(VBox.class);
    String text = textOf(about);
    assertTrue(text.startsWith("netwright "), text);
    assertTrue(text.contains("docs/"), text);
    String libraries = textOf(robot.lookup("#about-libraries").queryAs(GridPane.class));
    for (String library : List.of("OpenJFX (JavaFX)\nGPL 2.0 with the Classpath Exception", "AWS SDK for Java 2\nApache",
        "Jackson\nApache", "JGraphT\nLGPL 2.1 or EPL 2.0", "picocli\nApache")) {
      assertTrue(libraries.contains(library), "missing " + library + " in:\n" + libraries);
    }
    assertEquals(HelpWindows.BundledLibrary.present().size() * 2, robot.from(about).lookup("#about-libraries .label")
        .queryAll().size(), "only libraries this build carries are listed");
  }
}
