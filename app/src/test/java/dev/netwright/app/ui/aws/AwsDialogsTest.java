package dev.netwright.app.ui.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The two AWS dialogs driven as a person would, against the local EC2 endpoint. */
@ExtendWith(ApplicationExtension.class)
class AwsDialogsTest {
  private final FakeEc2 fake = new FakeEc2();
  private Stage owner;

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "AKIDUITEST");
    System.setProperty("aws.secretAccessKey", "ui/test/secret");
  }

  @AfterAll
  static void forget() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 640, 560));
    stage.show();
  }

  @AfterEach
  void close() {
    fake.close();
  }

  /** Shows a dialog's content in the test's window (one window keeps the headless platform simple). */
  private void embed(FxRobot robot, javafx.scene.Parent content) {
    robot.interact(() -> owner.getScene().setRoot(content));
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void importDialog_importsTheAccountOffTheFxThreadAndHandsTheDesignOver(FxRobot robot) throws Exception {
    String vpc = fake.state().vpc("10.0.0.0/16", Map.of("Name", "prod"));
    AtomicReference<Document> imported = new AtomicReference<>();
    ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", imported::set);
    embed(robot, dialog.root());

    robot.clickOn("#aws-endpoint").write(fake.endpoint().toString());
    robot.clickOn("#aws-import");
    waitUntil(() -> imported.get() != null);

    assertEquals("prod", imported.get().topology().require(ElementId.of(vpc), Vpc.class).name());
    assertTrue(robot.lookup("#aws-status").queryAs(Label.class).getText().startsWith("Imported "));
    dialog.dispose();
  }

  @Test
  void importDialog_withABadRegion_saysSoAndStaysOpen(FxRobot robot) {
    ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", document -> { });
    embed(robot, dialog.root());

    robot.doubleClickOn("#aws-regions").eraseText(20).write("nowhere");
    robot.clickOn("#aws-import");
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(robot.lookup("#aws-status").queryAs(Label.class).getText().contains("'nowhere' is not an AWS region"));
    assertEquals(0, fake.callCount());
    dialog.dispose();
  }

  @Test
  void planAndApplyDialog_showsThePlanAsksForConfirmationAndApplies(FxRobot robot) throws Exception {
    Document design = new Document("ui-test", "", Region.US_EAST_1, Topology.of(List.of(
        new Vpc(ElementId.of("Vpc"), "web", List.of(Cidr.parse("10.0.0.0/16")), true, false, Region.US_EAST_1),
        new SecurityGroup(ElementId.of("Web"), "web", ElementId.of("Vpc"), "web servers", List.of(), List.of()))), Layout.empty());
    PlanAndApplyDialog dialog = new PlanAndApplyDialog(owner, design);
    embed(robot, dialog.root());

    robot.clickOn("#aws-endpoint").write(fake.endpoint().toString());
    robot.clickOn("#aws-plan");
    ListView<?> changes = robot.lookup("#aws-changes").queryAs(ListView.class);
    Label status = robot.lookup("#aws-status").queryAs(Label.class);
    try {
      waitUntil(() -> changes.getItems().size() == 2);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no plan; the status says: " + status.getText() + "; " + changes.getItems(), e);
    }
    assertEquals("create vpc Vpc: 10.0.0.0/16 in us-east-1", changes.getItems().get(0));
    assertTrue(robot.lookup("#aws-apply").query().isDisabled(), "nothing is applied before the person confirms");

    robot.clickOn("#aws-confirm");
    assertTrue(!robot.lookup("#aws-apply").query().isDisabled(), "confirming enables Apply");
    robot.clickOn("#aws-apply");
    TextArea outcome = robot.lookup("#aws-outcome").queryAs(TextArea.class);
    try {
      waitUntil(() -> !outcome.getText().isEmpty());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no outcome; the status says: " + status.getText(), e);
    }
    assertTrue(outcome.getText().contains("Apply complete"), outcome.getText());

    assertEquals(2, fake.state().taggedWith("netwright:id").size());
    dialog.dispose();
  }
}
