package dev.netwright.model.edit;

import dev.netwright.model.NetwrightException;

/**
 * An edit the editor will not make because the design would break a rule AWS enforces (a subnet
 * outside its VPC's blocks, a route table associated across VPCs, ...). The message says what and
 * why, in words a network engineer understands, and is shown as it is.
 */
public final class EditRefusedException extends NetwrightException {
  public EditRefusedException(String message) {
    super(message);
  }
}
