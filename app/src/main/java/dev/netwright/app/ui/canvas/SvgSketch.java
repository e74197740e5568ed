package dev.netwright.app.ui.canvas;

import dev.netwright.model.topology.ElementKind;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** A {@link Sketch} that writes SVG elements: the canvas's drawing as a vector image. */
public final class SvgSketch implements Sketch {
  private final StringBuilder out = new StringBuilder();

  @Override
  public void rect(double x, double y, double width, double height, double arc, Color fill, Color stroke, double strokeWidth,
      boolean dashed) {
    out.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"",
        x, y, width, height, arc / 2));
    paint(fill, stroke, strokeWidth, dashed);
    out.append("/>\n");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
    out.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", x1, y1, x2, y2));
    paint(null, stroke, width, dashed);
    out.append("/>\n");
  }

  @Override
  public void circle(double centerX, double centerY, double radius, Color fill, Color stroke, double strokeWidth) {
    out.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"", centerX, centerY, radius));
    paint(fill, stroke, strokeWidth, false);
    out.append("/>\n");
  }

  @Override
  public void text(String text, double x, double y, double size, boolean bold, Color color, double maxWidth) {
    if (text.isEmpty()) {
      return;
    }
    String shown = CanvasSketch.fit(text, Font.font(size), maxWidth);
    out.append(String.format(java.util.Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"%.1f\"%s fill=\"%s\"%s>%s</text>\n", x, y, size,
        bold ? " font-weight=\"bold\"" : "", KindStyle.hex(color), opacity(color, "fill-opacity"), escape(shown)));
  }

  @Override
  public void icon(ElementKind kind, double x, double y, double size) {
    out.append(String.format(java.util.Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.4f)\">", x, y, size / Icons.GRID));
    for (Icons.IconPath path : Icons.of(kind)) {
      out.append("<path fill=\"").append(KindStyle.hex(path.fill())).append('"');
      if (path.evenOdd()) {
        out.append(" fill-rule=\"evenodd\"");
      }
      out.append(" d=\"").append(escape(path.data())).append("\"/>");
    }
    out.append("</g>\n");
  }

  @Override
  public void triangle(double x1, double y1, double x2, double y2, double x3, double y3, Color fill) {
    out.append(String.format(java.util.Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"", x1, y1, x2, y2, x3, y3));
    paint(fill, null, 0, false);
    out.append("/>\n");
  }

  /** The whole image: an SVG document with the given view box around what was drawn. */
  public String document(double x, double y, double width, double height) {
    return String.format(java.util.Locale.ROOT,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\""
            + " width=\"%.0f\" height=\"%.0f\">\n<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
        x, y, width, height, width, height, x, y, width, height, KindStyle.hex(KindStyle.BACKGROUND)) + out + "</svg>\n";
  }

  private void paint(Color fill, Color stroke, double strokeWidth, boolean dashed) {
    out.append(" fill=\"").append(fill == null ? "none" : KindStyle.hex(fill)).append('"');
    if (fill != null) {
      out.append(opacity(fill, "fill-opacity"));
    }
    if (stroke != null) {
      out.append(" stroke=\"").append(KindStyle.hex(stroke)).append('"').append(opacity(stroke, "stroke-opacity"));
      out.append(String.format(java.util.Locale.ROOT, " stroke-width=\"%.1f\"", strokeWidth));
      if (dashed) {
        out.append(" stroke-dasharray=\"6 4\"");
      }
    }
  }

  private static String opacity(Color color, String attribute) {
    return color.getOpacity() < 1 ? String.format(java.util.Locale.ROOT, " %s=\"%.2f\"", attribute, color.getOpacity()) : "";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
