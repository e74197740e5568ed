package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.List;
import java.util.Locale;

/**
 * A drawing as a semantic SVG document (see CLI.md): every box is a {@code <g data-id data-kind>}
 * whose first {@code <rect>} is its box, nested as the boxes are; a name is one {@code <text>} (a
 * wrapped name one {@code <tspan>} per line); every connection is a {@code <path data-from data-to
 * data-kind>}. Text is set in the bundled DejaVu Sans, whose metrics sized the boxes.
 */
public final class SvgWriter implements Pen {
  private static final double MARGIN = 40;
  private final StringBuilder out = new StringBuilder();
  private int depth = 1;

  private SvgWriter() {
  }

  /** The drawing as an SVG document, with a margin around it. */
  public static String write(Drawing drawing) {
    SvgWriter writer = new SvgWriter();
    DrawingPainter.paint(drawing, writer);
    Box area = area(drawing);
    return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%s %s %s %s\" width=\"%s\" height=\"%s\""
        + " font-family=\"'%s', sans-serif\">\n  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n",
        n(area.x()), n(area.y()), n(area.width()), n(area.height()), n(area.width()), n(area.height()), DejaVuMetrics.FAMILY,
        n(area.x()), n(area.y()), n(area.width()), n(area.height()), DiagramColors.BACKGROUND.hex()) + writer.out + "</svg>\n";
  }

  /** The area an image of the drawing covers: everything drawn and a margin. */
  public static Box area(Drawing drawing) {
    Box extent = drawing.extent().orElse(new Box(0, 0, 400, 300));
    return new Box(Math.floor(extent.x() - MARGIN), Math.floor(extent.y() - MARGIN), Math.ceil(extent.width() + 2 * MARGIN),
        Math.ceil(extent.height() + 2 * MARGIN));
  }

  @Override
  public void beginBox(DrawnBox box) {
    indent().append("<g data-id=\"").append(escape(box.id())).append("\" data-kind=\"").append(box.kind()).append("\">\n");
    depth++;
  }

  @Override
  public void endBox() {
    depth--;
    indent().append("</g>\n");
  }

  @Override
  public void rect(Box box, double arc, Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
    indent().append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
        .append(n(box.width())).append("\" height=\"").append(n(box.height())).append('"');
    if (arc > 0) {
      out.append(" rx=\"").append(n(arc / 2)).append('"');
    }
    paint(fill, stroke, strokeWidth, dashed);
    out.append("/>\n");
  }

  @Override
  public void text(List<TextRun> lines) {
    TextRun first = lines.get(0);
    indent().append("<text x=\"").append(n(first.x())).append("\" y=\"").append(n(first.y())).append("\" font-size=\"")
        .append(n(first.size())).append('"');
    if (first.bold()) {
      out.append(" font-weight=\"bold\"");
    }
    out.append(" fill=\"").append(first.color().hex()).append('"').append(opacity(first.color(), "fill-opacity")).append('>');
    if (lines.size() == 1) {
      out.append(escape(first.text()));
    } else {
      for (TextRun line : lines) {
        out.append("<tspan x=\"").append(n(line.x())).append("\" y=\"").append(n(line.y())).append("\">")
            .append(escape(line.text())).append("</tspan>");
      }
    }
    out.append("</text>\n");
  }

  @Override
  public void icon(IconPlace icon) {
    indent().append(String.format(Locale.ROOT, "<g transform=\"translate(%s %s) scale(%s)\">", n(icon.x()), n(icon.y()),
        n(icon.size() / IconShapes.GRID)));
    for (IconShapes.IconPath path : IconShapes.of(icon.kind())) {
      out.append("<path fill=\"").append(path.fill().hex()).append('"');
      if (path.evenOdd()) {
        out.append(" fill-rule=\"evenodd\"");
      }
      out.append(" d=\"").append(escape(path.data())).append("\"/>");
    }
    out.append("</g>\n");
  }

  @Override
  public void connector(DrawnConnector connector, List<Point> points, Tint stroke, double width, boolean dashed) {
    indent().append("<path data-from=\"").append(escape(connector.fromId())).append("\" data-to=\"")
        .append(escape(connector.toId())).append("\" data-kind=\"").append(connector.kind().slug()).append("\" d=\"");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "M" : " L").append(n(points.get(i).x())).append(' ').append(n(points.get(i).y()));
    }
    out.append('"');
    paint(null, stroke, width, dashed);
    out.append(" stroke-linejoin=\"round\"/>\n");
  }

  @Override
  public void polygon(List<Point> corners, Tint fill) {
    indent().append("<polygon points=\"");
    for (int i = 0; i < corners.size(); i++) {
      out.append(i == 0 ? "" : " ").append(n(corners.get(i).x())).append(',').append(n(corners.get(i).y()));
    }
    out.append('"');
    paint(fill, null, 0, false);
    out.append("/>\n");
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  private void paint(Tint fill, Tint stroke, double strokeWidth, boolean dashed) {
    out.append(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
    if (fill != null) {
      out.append(opacity(fill, "fill-opacity"));
    }
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke.hex()).append('"').append(opacity(stroke, "stroke-opacity"));
      out.append(" stroke-width=\"").append(n(strokeWidth)).append('"');
      if (dashed) {
        out.append(" stroke-dasharray=\"6 4\"");
      }
    }
  }

  private static String opacity(Tint color, String attribute) {
    return color.opacity() < 1 ? " " + attribute + "=\"" + n(color.opacity()) + "\"" : "";
  }

  /** A number with at most two decimals and no trailing zeros. */
  static String n(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    return "-0".equals(text) ? "0" : text;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
