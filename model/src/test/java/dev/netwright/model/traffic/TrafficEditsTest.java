package dev.netwright.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.EditRefusedException;
import dev.netwright.model.edit.History;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.path.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stating, editing and removing flows are edits like any other: checked, one undo step each, and deleted with their subnet. */
class TrafficEditsTest {
  private static final ElementId APP_A = ElementId.of("AppSubnetA");

  private final Document leak = new DesignFile().read(Path.of(System.getProperty("netwright.samples", "../samples"),
      "s3-cost-leak.json")).withTraffic(Traffic.DEFAULT);
  private final History history = new History(leak);
  private final DesignEditor editor = new DesignEditor(history);

  @Test
  void addingAFlow_namesItFromItsEnds_andUndoTakesItBack() {
    editor.traffic().add(APP_A, Target.S3, new BigDecimal("40000"), BigDecimal.ZERO);

    TrafficFlow flow = history.current().traffic().flows().get(0);
    assertEquals(ElementId.of("AppSubnetA-s3"), flow.id());
    assertEquals(new BigDecimal("40000"), flow.sentGb());
    assertEquals("Add flow AppSubnetA-s3", history.undoLabel().orElseThrow());
    history.undo();
    assertSame(leak, history.current());
  }

  @Test
  void editingAFlow_changesItsVolume_inOneStep() {
    editor.traffic().add(APP_A, Target.S3, new BigDecimal("10"), BigDecimal.ZERO);
    TrafficFlow flow = history.current().traffic().flows().get(0);

    editor.traffic().update(flow.withVolume(new BigDecimal("300"), new BigDecimal("100")));

    assertEquals(new BigDecimal("400"), history.current().traffic().flows().get(0).totalGb());
    history.undo();
    assertEquals(flow, history.current().traffic().flows().get(0));
  }

  @Test
  void removingAFlow_andSettingTheDefault_areStepsOfTheirOwn() {
    editor.traffic().add(APP_A, Target.S3, BigDecimal.ONE, BigDecimal.ZERO);
    editor.traffic().setUnstated(TrafficAssumption.of(0));
    editor.traffic().remove(ElementId.of("AppSubnetA-s3"));

    assertEquals(new Traffic(TrafficAssumption.of(0), List.of()), history.current().traffic());
    history.undo();
    history.undo();
    assertEquals(TrafficAssumption.DEFAULT, history.current().traffic().unstated());
    assertEquals(1, history.current().traffic().flows().size());
  }

  @Test
  void deletingTheSubnet_deletesItsFlows_andUndoBringsThemBack() {
    editor.traffic().add(APP_A, Target.S3, BigDecimal.TEN, BigDecimal.ZERO);
    Document withFlow = history.current();

    editor.delete(List.of(APP_A));

    assertTrue(history.current().traffic().flows().isEmpty());
    history.undo();
    assertSame(withFlow, history.current());
  }

  @Test
  void flowsThatDoNotFitTheDesign_areRefusedSayingWhy() {
    EditRefusedException fromTable = assertThrows(EditRefusedException.class,
        () -> editor.traffic().add(ElementId.of("AppRouteTable"), Target.S3, BigDecimal.ONE, BigDecimal.ZERO));
    EditRefusedException negative = assertThrows(EditRefusedException.class,
        () -> editor.traffic().add(APP_A, Target.S3, new BigDecimal("-1"), BigDecimal.ZERO));
    editor.traffic().add(APP_A, Target.S3, BigDecimal.ONE, BigDecimal.ZERO);
    EditRefusedException twice = assertThrows(EditRefusedException.class,
        () -> editor.traffic().add(APP_A, Target.S3, BigDecimal.ONE, BigDecimal.ZERO));

    assertEquals("the flow AppRouteTable-s3 starts at AppRouteTable, a route table; a flow starts at a subnet, a workload or the on-premises networks behind a VPN gateway or a transit gateway VPN attachment",
        fromTable.getMessage());
    assertTrue(negative.getMessage().contains("must be zero or more"), negative.getMessage());
    assertTrue(twice.getMessage().startsWith("the design already states a flow from AppSubnetA to s3"), twice.getMessage());
  }
}
