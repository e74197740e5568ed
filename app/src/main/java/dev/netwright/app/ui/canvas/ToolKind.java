package dev.netwright.app.ui.canvas;

/** The tools a person picks in the toolbar; creating from the palette is a tool of its own. */
public enum ToolKind {
  SELECT,
  CONNECT,
  PAN,
  CREATE
}
