package dev.netwright.model.diagram.route;

/** An axis-aligned rectangle in drawing coordinates: top-left corner and size. */
public record Box(double x, double y, double width, double height) {
  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  /** Whether the two rectangles share interior area (touching edges do not count). */
  public boolean overlaps(Box other) {
    return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
  }

  /** Whether {@code other} lies wholly inside this rectangle (edges may touch). */
  public boolean encloses(Box other) {
    return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
  }

  /** The smallest rectangle around this one and {@code other}. */
  public Box union(Box other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    return new Box(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
  }

  /** This rectangle grown by {@code by} on every side. */
  public Box grown(double by) {
    return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
  }

  public boolean contains(Point point) {
    return point.x() >= x && point.x() <= maxX() && point.y() >= y && point.y() <= maxY();
  }
}
