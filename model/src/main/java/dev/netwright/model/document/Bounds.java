package dev.netwright.model.document;

import dev.netwright.model.InvalidValueException;

/** Where an element is drawn: top-left corner and size, in canvas units. */
public record Bounds(double x, double y, double width, double height) {
  public Bounds {
    if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
      throw new InvalidValueException("a position or size is not a finite number");
    }
    if (width < 0 || height < 0) {
      throw new InvalidValueException("a size of " + width + " x " + height + " is negative");
    }
  }

  public Bounds movedBy(double dx, double dy) {
    return new Bounds(x + dx, y + dy, width, height);
  }

  public Bounds movedTo(double newX, double newY) {
    return new Bounds(newX, newY, width, height);
  }

  public Bounds resized(double newWidth, double newHeight) {
    return new Bounds(x, y, newWidth, newHeight);
  }

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

  public boolean contains(double px, double py) {
    return px >= x && px <= maxX() && py >= y && py <= maxY();
  }

  /** True when {@code other} lies wholly inside this box. */
  public boolean contains(Bounds other) {
    return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
  }

  public boolean intersects(Bounds other) {
    return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
  }

  /** The smallest box around this one and {@code other}. */
  public Bounds union(Bounds other) {
    double minX = Math.min(x, other.x);
    double minY = Math.min(y, other.y);
    return new Bounds(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
  }

  /**
   * This box moved as little as it takes to lie inside {@code area}; along a side where it is
   * larger than the area, its top or left edge meets the area's.
   */
  public Bounds keptInside(Bounds area) {
    double newX = width >= area.width ? area.x : Math.max(area.x, Math.min(x, area.maxX() - width));
    double newY = height >= area.height ? area.y : Math.max(area.y, Math.min(y, area.maxY() - height));
    return movedTo(newX, newY);
  }
}
