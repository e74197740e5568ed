package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the boxes and lines of a drawing are, in square cells of the design: the part of the
 * drawing that meets an area (a tile of the canvas, the view) is found by looking at the cells
 * the area covers, not at every box and line of a design of thousands, and comes back in drawing
 * order, so that it paints exactly as the whole drawing would there.
 */
final class DrawingIndex {
  /** The side of a cell, in design units. */
  private static final double CELL = 400;

  private final Drawing drawing;
  private final Map<Long, List<Integer>> boxes = new HashMap<>();
  private final Map<Long, List<Integer>> lines = new HashMap<>();

  DrawingIndex(Drawing drawing) {
    this.drawing = drawing;
    List<DrawnBox> all = drawing.boxes();
    for (int i = 0; i < all.size(); i++) {
      add(boxes, all.get(i).box(), i);
    }
    List<DrawnConnector> connectors = drawing.connectors();
    for (int i = 0; i < connectors.size(); i++) {
      add(lines, extent(connectors.get(i)), i);
    }
  }

  /** The boxes and lines of the drawing whose cells meet {@code area}, in drawing order. */
  Drawing within(Box area) {
    BitSet boxesIn = collect(boxes, area);
    BitSet linesIn = collect(lines, area);
    List<DrawnBox> allBoxes = drawing.boxes();
    List<DrawnBox> someBoxes = new ArrayList<>(boxesIn.cardinality());
    for (int i = boxesIn.nextSetBit(0); i >= 0; i = boxesIn.nextSetBit(i + 1)) {
      someBoxes.add(allBoxes.get(i));
    }
    List<DrawnConnector> allLines = drawing.connectors();
    List<DrawnConnector> someLines = new ArrayList<>(linesIn.cardinality());
    for (int i = linesIn.nextSetBit(0); i >= 0; i = linesIn.nextSetBit(i + 1)) {
      someLines.add(allLines.get(i));
    }
    return new Drawing(someBoxes, someLines);
  }

  private static BitSet collect(Map<Long, List<Integer>> cells, Box area) {
    BitSet found = new BitSet();
    long firstColumn = cell(area.x());
    long lastColumn = cell(area.maxX());
    long firstRow = cell(area.y());
    long lastRow = cell(area.maxY());
    if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > cells.size()) {
      // an area wider than the drawing: every cell there is
      cells.values().forEach(list -> list.forEach(found::set));
      return found;
    }
    for (long row = firstRow; row <= lastRow; row++) {
      for (long column = firstColumn; column <= lastColumn; column++) {
        List<Integer> list = cells.get(key(column, row));
        if (list != null) {
          list.forEach(found::set);
        }
      }
    }
    return found;
  }

  private static void add(Map<Long, List<Integer>> cells, Box box, int index) {
    for (long row = cell(box.y()); row <= cell(box.maxY()); row++) {
      for (long column = cell(box.x()); column <= cell(box.maxX()); column++) {
        cells.computeIfAbsent(key(column, row), key -> new ArrayList<>()).add(index);
      }
    }
  }

  /** The box around a line's points and its label. */
  private static Box extent(DrawnConnector connector) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point point : connector.points()) {
      minX = Math.min(minX, point.x());
      minY = Math.min(minY, point.y());
      maxX = Math.max(maxX, point.x());
      maxY = Math.max(maxY, point.y());
    }
    Box label = connector.labelBox();
    if (label != null) {
      minX = Math.min(minX, label.x());
      minY = Math.min(minY, label.y());
      maxX = Math.max(maxX, label.maxX());
      maxY = Math.max(maxY, label.maxY());
    }
    if (minX > maxX) {
      return new Box(0, 0, 0, 0);
    }
    return new Box(minX, minY, maxX - minX, maxY - minY);
  }

  private static long cell(double coordinate) {
    return (long) Math.floor(coordinate / CELL);
  }

  private static long key(long column, long row) {
    return (column << 32) ^ (row & 0xffffffffL);
  }
}
