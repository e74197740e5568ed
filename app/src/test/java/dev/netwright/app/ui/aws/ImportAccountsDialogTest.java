package dev.netwright.app.ui.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

/** The Import from AWS dialog with several accounts (roles) and every enabled region, against the local endpoint. */
@ExtendWith(ApplicationExtension.class)
class ImportAccountsDialogTest {
  private static final String SPOKE_ROLE = "arn:aws:iam::444455556666:role/NetwrightRead";
  private static final String HOME_ROLE = "arn:aws:iam::" + FakeEc2.defaultAccount() + ":role/NetwrightRead";
  private final FakeEc2 fake = new FakeEc2().role(SPOKE_ROLE).role(HOME_ROLE).enabledRegions(List.of("us-east-1", "eu-west-1"));
  private Stage owner;

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "AKIDUIACCOUNTS");
    System.setProperty("aws.secretAccessKey", "ui/accounts/secret");
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
  void importDialog_withTwoRolesAndAllRegions_importsBothAccountsEveryRegion(FxRobot robot) throws Exception {
    String spoke = fake.state("444455556666", "eu-west-1").vpc("10.2.0.0/16", Map.of());
    String home = fake.state().vpc("10.0.0.0/16", Map.of());
    AtomicReference<Document> imported = new AtomicReference<>();
    ImportFromAwsDialog dialog = new ImportFromAwsDialog(owner, "us-east-1", imported::set);
    robot.interact(() -> owner.getScene().setRoot(dialog.root()));

    robot.clickOn("#aws-endpoint").write(fake.endpoint().toString());
    robot.doubleClickOn("#aws-regions").eraseText(20).write("all");
    // pasted, as a person would paste ARNs (typing 90 characters one by one only slows the test down)
    robot.interact(() -> robot.lookup("#aws-roles").queryAs(javafx.scene.control.TextField.class).setText(HOME_ROLE + ", " + SPOKE_ROLE));
    robot.clickOn("#aws-import");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> imported.get() != null);

    Vpc spokeVpc = imported.get().topology().require(ElementId.of(spoke), Vpc.class);
    assertEquals("444455556666", spokeVpc.accountId());
    assertEquals(Region.of("eu-west-1"), spokeVpc.region());
    assertEquals(FakeEc2.defaultAccount(), imported.get().topology().require(ElementId.of(home), Vpc.class).accountId());
    dialog.dispose();
  }
}
