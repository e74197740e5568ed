package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.app.ui.MainWindow;
import dev.netwright.app.ui.NetwrightApplication;
import dev.netwright.app.ui.UserSettings;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.SubnetExposure;
import dev.netwright.model.path.Target;
import dev.netwright.model.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panels as the real main window installs them: beside and below the canvas, feeding its status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPanelsTest {
  private static final ElementId PRIVATE_A = ElementId.of("PrivateSubnetA");
  private MainWindow window;
  private DesignSession session;
  private UserSettings settings;

  @Start
  void start(Stage stage) throws Exception {
    System.setProperty("netwright.prefs", "dev/netwright/panels-tests");
    settings = UserSettings.load();
    // The headless screen is 1280 x 800: a window larger than that cannot be drawn.
    settings.rememberWindow(new UserSettings.WindowBox(0, 0, 1200, 760, false));
    Path folder = Files.createTempDirectory("netwright-panels-test");
    window = MainWindow.create(stage, DesignSession.empty(), settings, folder.resolve("autosave"));
    window.installPanels();
    session = window.session();
    Scene scene = new Scene(window.root(), 1200, 760);
    scene.getStylesheets().add(NetwrightApplication.class.getResource("netwright.css").toExternalForm());
    window.show(scene);
  }

  @AfterEach
  void forgetSettings() {
    settings.clear();
  }

  private ProblemsPanel problems(FxRobot robot) {
    return robot.lookup("#problems").queryAs(ProblemsPanel.class);
  }

  @Test
  void openingTheCostLeakSample_showsItsWarning_countsItInTheStatusBar_andAClickSelectsItsElements(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.open(SampleDesigns.file("s3-cost-leak.json")));
    WaitForAsyncUtils.waitForFxEvents();
    List<Finding> findings = problems(robot).checks().whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    Finding leak = findings.stream().filter(finding -> finding.rule().equals("NAT-COST-LEAK")).findFirst().orElseThrow();
    String status = robot.lookup("#statusFindings").queryAs(Label.class).getText();
    assertTrue(status.contains(ProblemsPanel.plural(findings.stream().filter(f -> f.severity() == Severity.WARNING).count(),
        "warning")), status);
    assertTrue(status.contains(ProblemsPanel.plural(findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
        "error")), status);

    robot.clickOn("Problems");
    @SuppressWarnings("unchecked")
    TableView<Finding> table = robot.lookup("#problems-table").queryAs(TableView.class);
    robot.interact(() -> table.scrollTo(leak));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableRow<Finding> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(candidate -> leak.equals(candidate.getItem())).findFirst().orElseThrow();
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(leak.elements(), List.copyOf(session.selection()));
    assertTrue(robot.lookup("#inspector-title").queryAs(Label.class).getText().contains("elements selected"));
  }

  @Test
  void selectingASubnet_showsItInTheInspector_andAnEditThereIsOneUndoStep(FxRobot robot) {
    robot.interact(() -> window.open(SampleDesigns.file("s3-gateway-endpoints.json")));
    robot.interact(() -> session.select(List.of(ElementId.of("PrivateSubnetA"))));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#inspector-title").queryAs(Label.class).getText().contains("PrivateSubnetA"));

    robot.doubleClickOn("#inspector-name");
    robot.interact(() -> robot.lookup("#inspector-name").queryAs(TextField.class).clear());
    robot.write("private-a-renamed").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("private-a-renamed", session.document().topology().find(ElementId.of("PrivateSubnetA")).orElseThrow().name());
    assertFalse(session.undoDescription().isEmpty());
    robot.interact(session::undo);
    assertFalse(session.isDirty(), "one undo took the rename back to the opened file");
  }

  private void renameInTheInspector(FxRobot robot, ElementId id, String name) {
    robot.interact(() -> session.select(List.of(id)));
    WaitForAsyncUtils.waitForFxEvents();
    robot.doubleClickOn("#inspector-name");
    robot.interact(() -> robot.lookup("#inspector-name").queryAs(TextField.class).clear());
    robot.write(name).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String nameOf(ElementId id) {
    return session.document().topology().find(id).orElseThrow().name();
  }

  /** Opens the gateway endpoints sample and renames PrivateSubnetA in the inspector; returns its name before. */
  private String openAndRenamePrivateA(FxRobot robot, String name) {
    robot.interact(() -> window.open(SampleDesigns.file("s3-gateway-endpoints.json")));
    String original = nameOf(PRIVATE_A);
    renameInTheInspector(robot, PRIVATE_A, name);
    return original;
  }

  private String statusMessage(FxRobot robot) {
    return robot.lookup("#statusMessage").queryAs(Label.class).getText();
  }

  @Test
  void ctrlZ_inTheInspectorFieldJustApplied_undoesTheRename_andCtrlShiftZAndCtrlYRedoIt(FxRobot robot) {
    String original = openAndRenamePrivateA(robot, "private-a-renamed");
    ElementId subnet = PRIVATE_A;
    TextField field = robot.lookup("#inspector-name").queryAs(TextField.class);
    assertTrue(field.isFocused(), "the focus stays in the field");

    robot.push(KeyCode.SHORTCUT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(original, nameOf(subnet));
    assertEquals(original, field.getText(), "the field shows the name undone to");
    assertFalse(session.isDirty());

    robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("private-a-renamed", nameOf(subnet));

    robot.push(KeyCode.SHORTCUT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(original, nameOf(subnet));
    robot.push(KeyCode.SHORTCUT, KeyCode.Y);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("private-a-renamed", nameOf(subnet));
    assertEquals("private-a-renamed", field.getText());
  }

  @Test
  void ctrlZ_whileTypingInAField_takesBackTheTypingFirst_thenTheDesignsLastChange(FxRobot robot) {
    String original = openAndRenamePrivateA(robot, "renamed");
    ElementId subnet = PRIVATE_A;
    TextField field = robot.lookup("#inspector-name").queryAs(TextField.class);

    robot.type(KeyCode.END).write("-typing");
    assertEquals("renamed-typing", field.getText());
    robot.push(KeyCode.SHORTCUT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("renamed", field.getText(), "the typing not yet applied goes first");
    assertEquals("renamed", nameOf(subnet), "the design is untouched by undoing typing");

    robot.push(KeyCode.SHORTCUT, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(original, nameOf(subnet), "with no typing left, Ctrl+Z undoes the design");
  }

  @Test
  void theStatusBar_namesTheCommandUndoneAndRedone_andTheFileOpenedAfterASave(FxRobot robot) throws Exception {
    robot.interact(() -> window.open(SampleDesigns.file("s3-gateway-endpoints.json")));
    ElementId subnet = ElementId.of("PrivateSubnetA");
    renameInTheInspector(robot, subnet, "first");
    renameInTheInspector(robot, subnet, "second");
    assertTrue(statusMessage(robot).startsWith("Rename subnet"), statusMessage(robot));

    robot.interact(session::undo);
    assertEquals("Undid Rename subnet first", statusMessage(robot));
    robot.interact(session::redo);
    assertEquals("Redid Rename subnet first", statusMessage(robot));

    Path saved = Files.createTempDirectory("netwright-status").resolve("saved.json");
    robot.interact(() -> session.markSaved(saved));
    robot.interact(() -> window.open(SampleDesigns.file("three-tier.json")));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Opened three-tier.json", statusMessage(robot));
  }

  /** The face of a choice box: the cell that shows its value, or its prompt while nothing is chosen. */
  private static Labeled face(ComboBox<?> box) {
    return box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance).map(Labeled.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no face drawn for " + box.getId()));
  }

  /** What a label draws: its text, or the text cut with an ellipsis when it does not fit. */
  private static String drawn(Labeled label) {
    return ((Text) label.lookup(".text")).getText();
  }

  @Test
  void thePathsPanel_atTheDefaultSize_showsItsCaptionsVerdictAndHopsWhole_andStartsFromAPrivateSubnet(FxRobot robot)
      throws Exception {
    robot.interact(() -> window.open(SampleDesigns.file("s3-cost-leak.json")));
    robot.clickOn("Paths");
    PathPanel paths = robot.lookup("#paths").queryAs(PathPanel.class);
    paths.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    @SuppressWarnings("unchecked")
    ComboBox<ElementId> source = robot.lookup("#path-source").queryAs(ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<Target> target = robot.lookup("#path-target").queryAs(ComboBox.class);
    ElementId from = source.getValue();
    assertTrue(from != null && !SubnetExposure.isPublic(session.document().topology(), from),
        "a private subnet is chosen for a start: " + from);
    assertEquals(target.getPromptText(), drawn(face(target)), "the empty target shows its prompt");
    assertEquals("Choose where the traffic goes.", paths.verdictText());
    for (String caption : List.of("From", "To")) {
      Label label = robot.from(robot.lookup("#paths").queryAs(PathPanel.class)).lookup(caption).queryAs(Label.class);
      assertEquals(caption, drawn(label), "the caption is drawn whole");
    }

    robot.interact(() -> target.setValue(Target.S3));
    paths.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    Label verdict = robot.lookup("#path-verdict").queryAs(Label.class);
    assertTrue(verdict.getText().startsWith("Reachable through a NAT gateway"), verdict.getText());
    assertEquals(verdict.getText(), drawn(verdict), "the verdict wraps instead of being cut");
    List<Label> hops = robot.lookup("#path-hops").queryAs(VBox.class).getChildren().stream().map(Label.class::cast).toList();
    assertTrue(hops.size() >= 3, paths.hopTexts().toString());
    for (Label hop : hops) {
      assertEquals(hop.getText(), drawn(hop), "a hop wraps instead of being cut");
    }
  }

  @Test
  void openingAnotherDesign_startsThePathsPanelAfresh_withAPromptWhereNothingIsChosen(FxRobot robot) throws Exception {
    robot.interact(() -> window.open(SampleDesigns.file("s3-cost-leak.json")));
    robot.clickOn("Paths");
    PathPanel paths = robot.lookup("#paths").queryAs(PathPanel.class);
    @SuppressWarnings("unchecked")
    ComboBox<Target> target = robot.lookup("#path-target").queryAs(ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<ElementId> source = robot.lookup("#path-source").queryAs(ComboBox.class);
    ElementId subnet = session.document().topology().subnets().get(0).id();
    robot.interact(() -> target.setValue(Target.element(subnet)));
    paths.whenSettled().get(10, TimeUnit.SECONDS);

    robot.interact(() -> window.open(SampleDesigns.file("three-tier.json")));
    paths.whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(null, target.getValue());
    assertEquals(target.getPromptText(), drawn(face(target)), "not a blank box");
    assertTrue(session.document().topology().contains(source.getValue()), "a start in the design just opened");
    assertFalse(drawn(face(source)).isBlank());
  }
}
