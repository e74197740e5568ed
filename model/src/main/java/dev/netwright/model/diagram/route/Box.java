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

  public boolean contains(Point point) {
    return point.x() >= x && point.x() <= maxX() && point.y() >= y && point.y() <= maxY();
  }
}
