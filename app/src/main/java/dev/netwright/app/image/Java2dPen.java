package dev.netwright.app.image;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.IconPlace;
import dev.netwright.model.diagram.IconShapes;
import dev.netwright.model.diagram.Pen;
import dev.netwright.model.diagram.TextRun;
import dev.netwright.model.diagram.Tint;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A {@link Pen} on a Java2D graphics context (no window needed), in the bundled DejaVu Sans. */
final class Java2dPen implements Pen {
  private static final Font REGULAR = load(DejaVuMetrics.REGULAR_FILE);
  private static final Font BOLD = load(DejaVuMetrics.BOLD_FILE);

  private final Graphics2D g;

  Java2dPen(Graphics2D g) {
    this.g = g;
  }

  @Override
  public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
    RoundRectangle2D.Double shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), arc, arc);
    if (fill != null) {
      g.setColor(color(fill));
      g.fill(shape);
    }
    if (stroke != null) {
      stroke(stroke, strokeWidth, dashed);
      g.draw(shape);
    }
  }

  @Override
  public void text(List<TextRun> lines) {
    for (TextRun line : lines) {
      g.setFont((line.bold() ? BOLD : REGULAR).deriveFont((float) line.size()));
      g.setColor(color(line.color()));
      g.drawString(line.text(), (float) line.x(), (float) line.y());
    }
  }

  @Override
  public void icon(IconPlace icon) {
    AffineTransform saved = g.getTransform();
    g.translate(icon.x(), icon.y());
    g.scale(icon.size() / IconShapes.GRID, icon.size() / IconShapes.GRID);
    for (IconShapes.IconPath path : IconShapes.of(icon.kind())) {
      g.setColor(color(path.fill()));
      g.fill(SvgPathShape.parse(path.data(), path.evenOdd()));
    }
    g.setTransform(saved);
  }

  @Override
  public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
    Path2D.Double line = new Path2D.Double();
    line.moveTo(points.get(0).x(), points.get(0).y());
    for (int i = 1; i < points.size(); i++) {
      line.lineTo(points.get(i).x(), points.get(i).y());
    }
    stroke(stroke, width, dashed);
    g.draw(line);
  }

  @Override
  public void polygon(List<Point> corners, Tint fill) {
    Path2D.Double shape = new Path2D.Double();
    shape.moveTo(corners.get(0).x(), corners.get(0).y());
    for (int i = 1; i < corners.size(); i++) {
      shape.lineTo(corners.get(i).x(), corners.get(i).y());
    }
    shape.closePath();
    g.setColor(color(fill));
    g.fill(shape);
  }

  private void stroke(Tint color, double width, boolean dashed) {
    g.setColor(color(color));
    g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
        : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
  }

  static Color color(Tint tint) {
    return new Color(tint.red(), tint.green(), tint.blue(), (int) Math.round(tint.opacity() * 255));
  }

  private static Font load(String resource) {
    try (InputStream in = Java2dPen.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NetwrightException("the font " + resource + " is missing from the application");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new NetwrightException("cannot read the font " + resource + ": " + e.getMessage(), e);
    }
  }
}
