package dev.netwright.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Workload;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A workload moves into another subnet of its VPC as one step; its address stays only when it fits the new subnet. */
class MoveWorkloadTest {
  private static final ElementId WEB = ElementId.of("Web1");
  private final Document design = new DesignFile().read(Path.of("..", "samples", "locked-down-acl.json"));
  private final History history = new History(design);
  private final DesignEditor editor = new DesignEditor(history);

  private Workload web() {
    return history.current().topology().require(WEB, Workload.class);
  }

  @Test
  void movedToTheDataSubnet_itsAddressIsLeftToAws_andOneUndoBringsItBack() {
    Command command = editor.moveWorkload(WEB, ElementId.of("DataSubnet"));

    assertEquals(ElementId.of("DataSubnet"), web().subnetId());
    assertNull(web().privateIp(), "10.0.10.10 is not an address of 10.0.20.0/24");
    assertEquals("Move workload web-1 to subnet data", command.label());
    history.undo();
    assertSame(design, history.current());
  }

  @Test
  void intoItsOwnSubnet_orIntoNoSubnet_isRefusedSayingWhy() {
    EditRefusedException same = assertThrows(EditRefusedException.class, () -> editor.moveWorkload(WEB, ElementId.of("AppSubnet")));
    EditRefusedException none = assertThrows(EditRefusedException.class, () -> editor.moveWorkload(WEB, ElementId.of("Nowhere")));

    assertTrue(same.getMessage().contains("is already in"), same.getMessage());
    assertTrue(none.getMessage().contains("Nowhere"), none.getMessage());
  }
}
