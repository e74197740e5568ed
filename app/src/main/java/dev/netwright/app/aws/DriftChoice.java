package dev.netwright.app.aws;

import dev.netwright.model.edit.Command;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.RouteTable;
import java.util.List;

/**
 * Takes the account's side of one {@link Drift.Difference} into the design through the editor, as
 * one command (one undo step): an element only the design has is deleted, one that differs becomes
 * what the account has, one only the account has is added.
 */
public final class DriftChoice {
  private DriftChoice() {
  }

  /** Executes and returns the command; the editor refuses (EditRefusedException) what would break the design. */
  public static Command takeAccountSide(DesignEditor editor, Drift.Difference difference) {
    switch (difference.side()) {
      case DESIGN_ONLY:
        return editor.delete(List.of(difference.id()));
      case DIFFERENT: {
        Element account = difference.account();
        Element design = editor.document().topology().find(difference.id()).orElse(null);
        if (account instanceof RouteTable table && design instanceof RouteTable current && table.main() != current.main()) {
          // the main flag moves between tables in one step of its own; the editor never leaves a VPC without one
          if (table.main()) {
            return editor.setMain(current.id());
          }
          account = new RouteTable(table.id(), table.name(), table.vpcId(), current.main(), table.routes(), table.subnetIds());
        }
        return editor.update(account);
      }
      default:
        return editor.add(difference.account());
    }
  }
}
