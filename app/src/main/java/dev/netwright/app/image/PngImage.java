package dev.netwright.app.image;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.diagram.DiagramColors;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingPainter;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.diagram.route.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A drawing as a PNG image, painted with Java2D (no window needed): the area of the SVG, at
 * {@code scale} pixels per drawing unit (2 or 3 for sharp images on high-density screens).
 */
public final class PngImage {
  /** The largest side an image may have, in pixels. */
  public static final int MAX_SIDE = 16_384;

  private PngImage() {
  }

  /** The PNG bytes of the drawing at {@code scale}; a {@link NetwrightException} when it would be too big. */
  public static byte[] of(Drawing drawing, int scale) {
    Box area = SvgWriter.area(drawing);
    long width = Math.round(area.width() * scale);
    long height = Math.round(area.height() * scale);
    if (width > MAX_SIDE || height > MAX_SIDE) {
      throw new NetwrightException("the image would be " + width + " x " + height + " pixels, more than " + MAX_SIDE
          + " a side; use a smaller --scale or SVG");
    }
    BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(scale, scale);
      g.translate(-area.x(), -area.y());
      g.setColor(Java2dPen.color(DiagramColors.BACKGROUND));
      g.fill(new java.awt.geom.Rectangle2D.Double(area.x(), area.y(), area.width(), area.height()));
      DrawingPainter.paint(drawing, new Java2dPen(g));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new NetwrightException("cannot encode the image: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
