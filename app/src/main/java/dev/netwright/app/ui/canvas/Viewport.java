package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;

/**
 * Which part of the design the canvas shows: a zoom factor and the screen position of the design's
 * origin. Converts between screen and design coordinates; zooms about a fixed screen point.
 */
public final class Viewport {
  public static final double MIN_SCALE = 0.05;
  public static final double MAX_SCALE = 4;

  private double scale = 1;
  private double offsetX;
  private double offsetY;

  public double scale() {
    return scale;
  }

  public double offsetX() {
    return offsetX;
  }

  public double offsetY() {
    return offsetY;
  }

  public double toDesignX(double screenX) {
    return (screenX - offsetX) / scale;
  }

  public double toDesignY(double screenY) {
    return (screenY - offsetY) / scale;
  }

  public double toScreenX(double designX) {
    return designX * scale + offsetX;
  }

  public double toScreenY(double designY) {
    return designY * scale + offsetY;
  }

  public void panBy(double dx, double dy) {
    offsetX += dx;
    offsetY += dy;
  }

  /** Zooms by {@code factor} keeping the design point under (screenX, screenY) where it is. */
  public void zoomAt(double factor, double screenX, double screenY) {
    setScaleAt(scale * factor, screenX, screenY);
  }

  public void setScaleAt(double newScale, double screenX, double screenY) {
    double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
    double designX = toDesignX(screenX);
    double designY = toDesignY(screenY);
    scale = clamped;
    offsetX = screenX - designX * scale;
    offsetY = screenY - designY * scale;
  }

  /** Shows {@code box} whole, centred, in a screen of the given size, never above 100 %. */
  public void fit(Bounds box, double screenWidth, double screenHeight, double margin) {
    double sx = (screenWidth - 2 * margin) / Math.max(1, box.width());
    double sy = (screenHeight - 2 * margin) / Math.max(1, box.height());
    scale = Math.max(MIN_SCALE, Math.min(1, Math.min(sx, sy)));
    offsetX = (screenWidth - box.width() * scale) / 2 - box.x() * scale;
    offsetY = (screenHeight - box.height() * scale) / 2 - box.y() * scale;
  }

  /** Puts the centre of {@code box} at the centre of the screen, keeping the zoom. */
  public void centerOn(Bounds box, double screenWidth, double screenHeight) {
    offsetX = screenWidth / 2 - box.centerX() * scale;
    offsetY = screenHeight / 2 - box.centerY() * scale;
  }

  /** The design area visible in a screen of that size. */
  public Bounds visible(double screenWidth, double screenHeight) {
    return new Bounds(toDesignX(0), toDesignY(0), Math.max(0, screenWidth) / scale, Math.max(0, screenHeight) / scale);
  }
}
