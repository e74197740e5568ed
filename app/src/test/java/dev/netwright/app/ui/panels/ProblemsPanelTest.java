package dev.netwright.app.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {
  private static final ElementId APP_SUBNET_A = ElementId.of("AppSubnetA");
  private static final ElementId APP_ROUTE_TABLE = ElementId.of("AppRouteTable");
  private static final ElementId S3_ENDPOINT = ElementId.of("S3GatewayEndpoint");

  private DesignSession session;
  private ProblemsPanel panel;
  private final List<Set<ElementId>> revealed = new ArrayList<>();

  @Start
  void start(Stage stage) {
    session = new DesignSession(SampleDesigns.load("s3-cost-leak.json"), null);
    session.addRevealListener(revealed::add);
    panel = new ProblemsPanel(session);
    stage.setScene(new Scene(panel, 900, 360));
    stage.show();
  }

  private List<Finding> settle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    List<Finding> findings = panel.checks().whenSettled().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return findings;
  }

  @SuppressWarnings("unchecked")
  private TableView<Finding> table(FxRobot robot) {
    return robot.lookup("#problems-table").queryAs(TableView.class);
  }

  private List<Finding> costLeaks(List<Finding> findings) {
    return findings.stream().filter(finding -> finding.rule().equals("NAT-COST-LEAK")).toList();
  }

  @Test
  void costLeakSample_showsTheNatCostLeakWarning_andTheCounts(FxRobot robot) throws Exception {
    List<Finding> findings = settle();

    List<Finding> shown = table(robot).getItems();
    assertEquals(findings, shown);
    assertEquals(findings, session.findings());
    List<Finding> leaks = costLeaks(shown);
    assertFalse(leaks.isEmpty(), "the cost leak is reported: " + shown);
    assertTrue(leaks.stream().allMatch(finding -> finding.severity() == Severity.WARNING));
    assertTrue(leaks.stream().anyMatch(finding -> finding.elements().contains(APP_SUBNET_A)));
    String summary = robot.lookup("#problems-summary").queryAs(Label.class).getText();
    assertTrue(summary.contains(ProblemsPanel.plural(session.count(Severity.WARNING), "warning")), summary);
    assertTrue(summary.contains(ProblemsPanel.plural(session.count(Severity.ERROR), "error")), summary);
  }

  @Test
  void clickingTheCostLeak_selectsItsElements_andAsksTheCanvasToShowThem(FxRobot robot) throws Exception {
    settle();
    Finding leak = costLeaks(table(robot).getItems()).get(0);
    int index = table(robot).getItems().indexOf(leak);
    robot.interact(() -> table(robot).scrollTo(index));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableRow<Finding> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
        .filter(candidate -> leak.equals(candidate.getItem())).findFirst().orElseThrow();

    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(List.copyOf(leak.elements()), List.copyOf(session.selection()));
    assertEquals(List.of(Set.copyOf(leak.elements())), revealed);
  }

  @Test
  void fixingTheLeak_refreshesTheFindingsAfterTheEdit(FxRobot robot) throws Exception {
    assertFalse(costLeaks(settle()).isEmpty());

    robot.interact(() -> session.editor().attach(S3_ENDPOINT, APP_ROUTE_TABLE));
    List<Finding> after = settle();

    assertTrue(costLeaks(after).isEmpty(), "no leak once the endpoint is on the app route table: " + after);
    assertEquals(after, table(robot).getItems());
    assertEquals(after, session.findings());
  }

  @Test
  void enterOnAFinding_revealsItsElements_likeAClick(FxRobot robot) throws Exception {
    settle();
    Finding leak = costLeaks(table(robot).getItems()).get(0);
    robot.interact(() -> {
      table(robot).requestFocus();
      table(robot).getSelectionModel().select(leak);
    });
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(List.copyOf(leak.elements()), List.copyOf(session.selection()));
    assertEquals(List.of(Set.copyOf(leak.elements())), revealed);
  }
}
