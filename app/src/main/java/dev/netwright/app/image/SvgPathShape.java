package dev.netwright.app.image;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An icon's SVG path data as a Java2D shape: the commands the project's icons use (M, L, H, V,
 * C, S, A, Z, absolute and relative).
 */
final class SvgPathShape {
  private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsAaZz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

  private final Matcher tokens;
  private final Path2D.Double path;
  private String next;
  private double x;
  private double y;
  private double startX;
  private double startY;
  private double controlX;
  private double controlY;

  private SvgPathShape(String data, boolean evenOdd) {
    this.tokens = TOKEN.matcher(data);
    this.path = new Path2D.Double(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
    advance();
  }

  static Path2D parse(String data, boolean evenOdd) {
    SvgPathShape parser = new SvgPathShape(data, evenOdd);
    parser.run();
    return parser.path;
  }

  private void advance() {
    next = tokens.find() ? tokens.group() : null;
  }

  private boolean atNumber() {
    return next != null && !Character.isLetter(next.charAt(0));
  }

  private double number() {
    double value = Double.parseDouble(next);
    advance();
    return value;
  }

  private void run() {
    char command = 'M';
    while (next != null) {
      if (!atNumber()) {
        command = next.charAt(0);
        advance();
      }
      boolean relative = Character.isLowerCase(command);
      double baseX = relative ? x : 0;
      double baseY = relative ? y : 0;
      switch (Character.toUpperCase(command)) {
        case 'M':
          x = baseX + number();
          y = baseY + number();
          path.moveTo(x, y);
          startX = x;
          startY = y;
          command = relative ? 'l' : 'L';
          break;
        case 'L':
          x = baseX + number();
          y = baseY + number();
          path.lineTo(x, y);
          break;
        case 'H':
          x = baseX + number();
          path.lineTo(x, y);
          break;
        case 'V':
          y = baseY + number();
          path.lineTo(x, y);
          break;
        case 'C': {
          double x1 = baseX + number();
          double y1 = baseY + number();
          controlX = baseX + number();
          controlY = baseY + number();
          x = baseX + number();
          y = baseY + number();
          path.curveTo(x1, y1, controlX, controlY, x, y);
          continue;
        }
        case 'S': {
          double x1 = 2 * x - controlX;
          double y1 = 2 * y - controlY;
          controlX = baseX + number();
          controlY = baseY + number();
          x = baseX + number();
          y = baseY + number();
          path.curveTo(x1, y1, controlX, controlY, x, y);
          continue;
        }
        case 'A':
          arc(number(), number(), number(), number() != 0, number() != 0, baseX + number(), baseY + number());
          break;
        case 'Z':
          path.closePath();
          x = startX;
          y = startY;
          break;
        default:
          throw new IllegalArgumentException("unsupported path command " + command);
      }
      controlX = x;
      controlY = y;
    }
  }

  /** An elliptical arc from the current point, converted from SVG's endpoint form to a centre and angles. */
  private void arc(double rx, double ry, double rotation, boolean large, boolean sweep, double toX, double toY) {
    if (rx == 0 || ry == 0) {
      path.lineTo(toX, toY);
      x = toX;
      y = toY;
      return;
    }
    double phi = Math.toRadians(rotation);
    double cos = Math.cos(phi);
    double sin = Math.sin(phi);
    double dx = (x - toX) / 2;
    double dy = (y - toY) / 2;
    double x1 = cos * dx + sin * dy;
    double y1 = -sin * dx + cos * dy;
    rx = Math.abs(rx);
    ry = Math.abs(ry);
    double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
      rx *= Math.sqrt(lambda);
      ry *= Math.sqrt(lambda);
    }
    double numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    double factor = Math.sqrt(Math.max(0, numerator / (rx * rx * y1 * y1 + ry * ry * x1 * x1)));
    if (large == sweep) {
      factor = -factor;
    }
    double cx1 = factor * rx * y1 / ry;
    double cy1 = -factor * ry * x1 / rx;
    double cx = cos * cx1 - sin * cy1 + (x + toX) / 2;
    double cy = sin * cx1 + cos * cy1 + (y + toY) / 2;
    double start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    double extent = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && extent > 0) {
      extent -= 2 * Math.PI;
    } else if (sweep && extent < 0) {
      extent += 2 * Math.PI;
    }
    // Arc2D measures angles counter-clockwise on a y-up page: flip the signs for SVG's y-down page
    Arc2D.Double arc = new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, -Math.toDegrees(start), -Math.toDegrees(extent),
        Arc2D.OPEN);
    path.append(AffineTransform.getRotateInstance(phi, cx, cy).createTransformedShape(arc), true);
    x = toX;
    y = toY;
  }

  private static double angle(double ux, double uy, double vx, double vy) {
    double sign = ux * vy - uy * vx < 0 ? -1 : 1;
    double dot = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
    return sign * Math.acos(Math.max(-1, Math.min(1, dot)));
  }
}
