package dev.netwright.model.diagram;

/**
 * One line of text of the drawing: its baseline starts at (x, y). {@code name} marks the lines of
 * an element's name, which painters keep together (the SVG writes them as one text element).
 */
public record TextRun(String text, double x, double y, double size, boolean bold, Tint color, boolean name) {
}
