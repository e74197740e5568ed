package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;

/** A small rounded label on a box (the route table a subnet uses, a security group, public or private). */
public record Chip(Box box, Tint fill, TextRun text) {
}
