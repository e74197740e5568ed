package dev.netwright.app.ui.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.Drift;
import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
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

/** Compare with Account: the differences listed and marked, the account's side taken one element at a time, and undone. */
@ExtendWith(ApplicationExtension.class)
class DriftDialogTest {
  private final FakeEc2 fake = new FakeEc2();
  private Stage owner;

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "AKIDUIDRIFT");
    System.setProperty("aws.secretAccessKey", "ui/drift/secret");
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

  @Test
  void compare_listsAndMarksTheDifferences_andTakingTheAccountsSideIsOneUndoStep(FxRobot robot) throws Exception {
    String vpc = fake.state().vpc("10.0.0.0/16", Map.of("Name", "prod"));
    String subnet = fake.state().subnet(vpc, "10.0.1.0/24", "us-east-1a", Map.of("Name", "app-a"));
    String added = fake.state().subnet(vpc, "10.0.2.0/24", "us-east-1b", Map.of("Name", "added-by-hand"));
    // the design has the VPC (by its AWS id) and the first subnet under another name; the second subnet it lacks
    Document document = new Document("drift", "", Region.US_EAST_1, Topology.of(List.of(
        new Vpc(ElementId.of(vpc), "prod", List.of(Cidr.parse("10.0.0.0/16")), true, false, Region.US_EAST_1),
        new Subnet(ElementId.of(subnet), "app-renamed", ElementId.of(vpc), Cidr.parse("10.0.1.0/24"),
            Region.US_EAST_1.zone('a')))), Layout.empty());
    DesignSession session = new DesignSession(document, null);
    DriftDialog dialog = new DriftDialog(owner, session);
    robot.interact(() -> owner.getScene().setRoot(dialog.root()));

    robot.clickOn("#aws-endpoint").write(fake.endpoint().toString());
    robot.clickOn("#drift-compare");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.listed().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    Drift.Difference renamed = find(dialog, subnet);
    assertEquals(Drift.Side.DIFFERENT, renamed.side());
    assertEquals(Drift.Side.ACCOUNT_ONLY, find(dialog, added).side());
    assertEquals("~", session.driftMarks().get(ElementId.of(subnet)));

    select(robot, dialog, renamed);
    robot.clickOn("#drift-take");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("app-a", session.document().topology().require(ElementId.of(subnet), Subnet.class).name());
    assertFalse(session.driftMarks().containsKey(ElementId.of(subnet)));

    select(robot, dialog, find(dialog, added));
    robot.clickOn("#drift-take");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("added-by-hand", session.document().topology().require(ElementId.of(added), Subnet.class).name());

    robot.interact(session::undo);
    assertFalse(session.document().topology().contains(ElementId.of(added)), "undo takes the added subnet back out");
    robot.interact(session::undo);
    assertEquals("app-renamed", session.document().topology().require(ElementId.of(subnet), Subnet.class).name());
    assertTrue(dialog.listed().stream().noneMatch(d -> d.id().value().equals(subnet) || d.id().value().equals(added)),
        "what was taken leaves the list");
    robot.interact(dialog::dispose);
    assertTrue(session.driftMarks().isEmpty(), "closing the panel clears the marks");
  }

  private static Drift.Difference find(DriftDialog dialog, String id) {
    return dialog.listed().stream().filter(difference -> difference.id().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + dialog.listed()));
  }

  @SuppressWarnings("unchecked")
  private static void select(FxRobot robot, DriftDialog dialog, Drift.Difference difference) {
    ListView<Drift.Difference> list = robot.lookup("#drift-differences").queryAs(ListView.class);
    robot.interact(() -> list.getSelectionModel().select(difference));
  }
}
