package dev.netwright.app.ui.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
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
    assertTrue(robot.lookup("#aws-status").queryAs(TextArea.class).getText().startsWith("Imported "));
    dialog.dispose();
  }

  @Test
  void importDialog_withABadRegion_saysSoAndStaysOpen(FxRobot robot) {
    ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", document -> { });
    embed(robot, dialog.root());

    robot.doubleClickOn("#aws-regions").eraseText(20).write("nowhere");
    robot.clickOn("#aws-import");
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(robot.lookup("#aws-status").queryAs(TextArea.class).getText().contains("'nowhere' is not an AWS region"));
    assertEquals(0, fake.callCount());
    dialog.dispose();
  }

  @Test
  void importDialog_withoutCredentials_saysToFillTheProfileField_andThatTheEmulatorStillNeedsKeys(FxRobot robot)
      throws Exception {
    Map<String, String> saved = withoutAnyCredentials();
    try {
      ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", document -> { });
      embed(robot, dialog.root());
      robot.clickOn("#aws-endpoint").write(fake.endpoint().toString());
      robot.clickOn("#aws-import");
      TextArea status = robot.lookup("#aws-status").queryAs(TextArea.class);
      waitUntil(() -> status.getText().contains("credentials"));

      String message = status.getText();
      assertTrue(message.contains("Fill the Profile field"), message);
      assertFalse(message.contains("--profile"), "a dialog user has no command-line flags: " + message);
      assertTrue(message.contains("The emulator at " + fake.endpoint() + " still needs keys: dummy ones do"), message);
      assertFalse(status.isEditable());
      assertTrue(status.isWrapText());
      Text shown = (Text) status.lookup(".text");
      assertEquals(message, shown.getText(), "the long message is drawn whole, not cut with an ellipsis");
      robot.interact(status::selectAll);
      assertEquals(message, status.getSelectedText(), "the whole message can be selected and copied");
      assertEquals(0, fake.callCount());
      dialog.dispose();
    } finally {
      saved.forEach(System::setProperty);
      List.of("aws.sharedCredentialsFile", "aws.configFile", "aws.disableEc2Metadata").forEach(System::clearProperty);
    }
  }

  @Test
  void importDialog_cancelWhileItRuns_closesTheDialogAtOnce_andNothingIsImported(FxRobot robot) throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      AtomicReference<Document> imported = new AtomicReference<>();
      ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", imported::set);
      robot.interact(dialog::show);
      robot.clickOn("#aws-endpoint").write("http://127.0.0.1:" + silent.getLocalPort());
      robot.clickOn("#aws-import");
      waitUntil(() -> !held.isEmpty());
      assertTrue(dialog.isShowing());

      robot.clickOn("#aws-cancel");
      WaitForAsyncUtils.waitForFxEvents();
      assertFalse(dialog.isShowing(), "Cancel closes the dialog without waiting for AWS");

      for (Socket socket : held) {
        socket.close();
      }
      silent.close();
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().equals("netwright-aws-dialog")) {
          thread.join(TimeUnit.SECONDS.toMillis(60));
        }
      }
      WaitForAsyncUtils.waitForFxEvents();
      assertNull(imported.get(), "nothing is imported after Cancel");
    }
  }

  /** Hides every source of credentials from the SDK's default chain; returns the system properties to put back. */
  private static Map<String, String> withoutAnyCredentials() {
    Map<String, String> saved = new java.util.HashMap<>();
    for (String key : List.of("aws.accessKeyId", "aws.secretAccessKey")) {
      String value = System.getProperty(key);
      if (value != null) {
        saved.put(key, value);
        System.clearProperty(key);
      }
    }
    System.setProperty("aws.sharedCredentialsFile", "/nonexistent/netwright-credentials");
    System.setProperty("aws.configFile", "/nonexistent/netwright-config");
    System.setProperty("aws.disableEc2Metadata", "true");
    return saved;
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
    TextArea status = robot.lookup("#aws-status").queryAs(TextArea.class);
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
