package dev.netwright.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Opening, saving and recovering designs through the window's menus and shortcuts. */
@ExtendWith(ApplicationExtension.class)
class DesignFilesTest {
  private static final List<String> SAMPLES = List.of("s3-gateway-endpoints.json", "ssm-interface-endpoints.json",
      "three-tier.json", "s3-cost-leak.json", "onprem-vpn-s3-interface.json", "peered-vpcs.json");

  private DesignerFixture designer;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    designer = DesignerFixture.show(stage);
  }

  @AfterEach
  void forget() {
    designer.close();
  }

  @Test
  void openingEverySample_drawsEveryElementAndNamesTheFileInTheTitle(FxRobot robot) throws Exception {
    for (String name : SAMPLES) {
      Path sample = DesignerFixture.sample(name);
      designer.chosenFiles.add(sample);
      designer.shortcut(robot, KeyCode.O);
      Document expected = new DesignFile().read(sample);
      assertEquals(expected.topology(), designer.session.document().topology(), name);
      for (Element element : expected.topology().elements()) {
        assertTrue(designer.canvas.diagram().view(element.id()).isPresent(), name + ": " + element.id() + " is not drawn");
      }
      assertEquals(name + " — Netwright", stage.getTitle());
      assertFalse(designer.session.isDirty());
      assertEquals(sample.toAbsolutePath().normalize(), designer.settings.recentFiles().get(0));
    }
  }

  @Test
  void savingAndReopening_givesTheSameDesign_andTheTitleLosesItsDirtyMark(FxRobot robot) {
    open(robot, "three-tier.json");
    ElementId subnet = designer.session.document().topology().subnets().get(0).id();
    robot.clickOn(designer.center(subnet));
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(designer.session.isDirty());
    assertTrue(stage.getTitle().startsWith("*three-tier.json"), stage.getTitle());
    Document edited = designer.session.document();

    Path copy = designer.folder.resolve("copy.json");
    designer.chosenFiles.add(copy);
    designer.shortcut(robot, KeyCode.SHIFT, KeyCode.S);
    assertEquals("copy.json — Netwright", stage.getTitle());
    designer.shortcut(robot, KeyCode.N);
    assertTrue(designer.session.document().topology().isEmpty());

    designer.chosenFiles.add(copy);
    designer.shortcut(robot, KeyCode.O);
    assertEquals(edited, designer.session.document());
    assertEquals(copy, designer.session.file());
  }

  @Test
  void openingOverUnsavedChanges_asksFirst_andCancelKeepsThem(FxRobot robot) {
    open(robot, "s3-gateway-endpoints.json");
    robot.interact(() -> designer.session.select(List.of(ElementId.of("AppSecurityGroup"))));
    robot.interact(designer.canvas::requestFocus);
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    Document edited = designer.session.document();

    designer.chosenFiles.add(DesignerFixture.sample("three-tier.json"));
    designer.shortcut(robot, KeyCode.O);
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(edited, designer.session.document());
    assertTrue(designer.session.isDirty());

    designer.shortcut(robot, KeyCode.N);
    robot.clickOn("Don't Save");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(designer.session.document().topology().isEmpty());
    assertFalse(designer.session.isDirty());
  }

  @Test
  void aBrokenFile_isReportedWithItsPlace_andTheOpenDesignStays(FxRobot robot) throws Exception {
    open(robot, "s3-gateway-endpoints.json");
    Document before = designer.session.document();
    String text = Files.readString(DesignerFixture.sample("s3-gateway-endpoints.json")).replace("10.0.11.0/24", "10.0.11.0/33");
    Path broken = designer.folder.resolve("broken.json");
    Files.writeString(broken, text);

    designer.chosenFiles.add(broken);
    designer.shortcut(robot, KeyCode.O);
    String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
    assertTrue(message.contains("broken.json"), message);
    assertTrue(message.contains("$.elements["), message);
    assertTrue(message.contains("33"), message);
    robot.clickOn("OK");
    assertEquals(before, designer.session.document());
    assertEquals(DesignerFixture.sample("s3-gateway-endpoints.json"), designer.session.file());
  }

  @Test
  void afterACrash_theAutosavedChangesAreOffered_andRecoveredUnsaved(FxRobot robot) throws Exception {
    open(robot, "peered-vpcs.json");
    ElementId vpc = designer.session.document().topology().vpcs().get(0).id();
    robot.interact(() -> designer.session.select(List.of(vpc)));
    robot.interact(designer.canvas::requestFocus);
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    Document edited = designer.session.document();
    robot.interact(() -> designer.window.autosave().saveIfDirty());
    assertTrue(Files.isRegularFile(designer.window.autosave().copy()));

    DesignerFixture[] second = new DesignerFixture[1];
    Platform.runLater(() -> second[0] = DesignerFixture.show(new Stage(), designer.folder));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> robot.lookup(".button").match(NodeMatchers.isVisible()).match(LabeledMatchers.hasText("Recover")).tryQuery()
            .isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Recover")).queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(edited, second[0].session.document());
    assertTrue(second[0].session.isDirty());
    assertEquals(DesignerFixture.sample("peered-vpcs.json"), second[0].session.file());
    robot.interact(() -> second[0].session.undo());
    assertEquals(new DesignFile().read(DesignerFixture.sample("peered-vpcs.json")), second[0].session.document());
    robot.interact(() -> second[0].window.stage().hide());
  }

  @Test
  void closing_remembersTheWindowSize(FxRobot robot) {
    robot.interact(() -> {
      stage.setWidth(1111);
      stage.setHeight(777);
    });
    boolean[] closed = new boolean[1];
    robot.interact(() -> closed[0] = designer.window.requestClose());
    assertTrue(closed[0]);
    UserSettings.WindowBox box = designer.settings.window(new UserSettings.WindowBox(0, 0, 1, 1, false));
    assertEquals(1111, box.width());
    assertEquals(777, box.height());
  }

  @Test
  void exportingImages_writesAPngAndAnSvgOfTheDesign(FxRobot robot) throws Exception {
    open(robot, "s3-gateway-endpoints.json");
    Path png = designer.folder.resolve("design.png");
    Path svg = designer.folder.resolve("design.svg");
    designer.chosenFiles.add(png);
    robot.interact(() -> designer.window.item("exportPng").fire());
    designer.chosenFiles.add(svg);
    robot.interact(() -> designer.window.item("exportSvg").fire());

    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + " x " + image.getHeight());
    String text = Files.readString(svg);
    assertTrue(text.startsWith("<?xml"));
    try (Stream<String> names = designer.session.document().topology().elements().stream().map(Element::label)) {
      names.forEach(name -> assertTrue(text.contains(">" + name + "<") || text.contains(name.substring(0, 4)),
          name + " is missing from the SVG"));
    }
  }

  @Test
  void aCloudFormationTemplate_isImportedAndDrawn_andTheDesignExportsBackToATemplate(FxRobot robot) throws Exception {
    Path template = Path.of(System.getProperty("netwright.samples")).resolveSibling("model/src/test/resources/cfn")
        .resolve("public-private-s3.yaml");
    designer.chosenFiles.add(template);
    robot.interact(() -> designer.window.item("importCfn").fire());
    assertEquals(1, designer.session.document().topology().vpcs().size());
    for (Element element : designer.session.document().topology().elements()) {
      assertTrue(designer.canvas.diagram().view(element.id()).isPresent(), element.id() + " is not drawn");
    }
    assertTrue(designer.session.document().topology().gatewayEndpoints().size() == 1);

    Path exported = designer.folder.resolve("out.yaml");
    designer.chosenFiles.add(exported);
    robot.interact(() -> designer.window.item("exportCfn").fire());
    String text = Files.readString(exported);
    assertTrue(text.contains("AWS::EC2::VPCEndpoint"), text);
    assertTrue(text.contains("AWS::EC2::SubnetRouteTableAssociation"), text);
  }

  @Test
  void exportingADesignWithErrors_namesThemFirst_cancelWritesNothing_andExportAnywayWrites(FxRobot robot) throws Exception {
    open(robot, "three-tier.json");
    List<Subnet> subnets = designer.session.document().topology().subnets();
    robot.interact(() -> designer.session.editor().update(subnets.get(1).withCidr(subnets.get(0).cidr())));
    Path exported = designer.folder.resolve("with-errors.yaml");
    designer.chosenFiles.add(exported);

    Platform.runLater(() -> designer.window.item("exportCfn").fire());
    WaitForAsyncUtils.waitForFxEvents();
    String listed = robot.lookup("#exportErrors").queryAs(Label.class).getText();
    assertTrue(listed.contains("CIDR-OVERLAP: "), listed);
    assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText().startsWith("The design has 1 error"));
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(Files.exists(exported), "nothing is written when the person stops");
    assertEquals(List.of(exported), List.copyOf(designer.chosenFiles), "no file was even asked for");

    Platform.runLater(() -> designer.window.item("exportCfn").fire());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Export Anyway");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.readString(exported).contains("AWS::EC2::Subnet"));
  }

  @Test
  void aMalformedTemplate_isReportedWithItsLine(FxRobot robot) {
    Path template = Path.of(System.getProperty("netwright.samples")).resolveSibling("model/src/test/resources/cfn")
        .resolve("malformed.yaml");
    designer.chosenFiles.add(template);
    robot.interact(() -> designer.window.item("importCfn").fire());
    String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
    assertTrue(message.contains("malformed.yaml"), message);
    assertTrue(message.matches("(?s).*\\b1[01]\\b.*"), message);
    robot.clickOn("OK");
    assertTrue(designer.session.document().topology().isEmpty());
  }

  private void open(FxRobot robot, String sample) {
    designer.chosenFiles.add(DesignerFixture.sample(sample));
    designer.shortcut(robot, KeyCode.O);
    assertEquals(DesignerFixture.sample(sample), designer.session.file());
  }
}
