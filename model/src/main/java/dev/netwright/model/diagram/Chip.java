package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;

/**
 * A small rounded label on a box (the route table a subnet uses, a security group, public or
 * private). {@code id} is the element it stands for when a click on it selects that element (the
 * network ACL chip of a subnet), null otherwise.
 */
public record Chip(Box box, Tint fill, TextRun text, String id) {
  public Chip(Box box, Tint fill, TextRun text) {
    this(box, fill, text, null);
  }
}
