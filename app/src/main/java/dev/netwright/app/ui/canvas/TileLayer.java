package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * What the canvas shows that stays the same while the view pans (the background, the grid, the
 * drawing, the summary), painted once into square tiles at the current zoom and then only moved
 * by whole pixels: a pan costs the few tiles it brings into view instead of painting every box,
 * name and line again. When JavaFX rasterizes in software that is the difference between 20 and
 * 60 frames a second at 100 % (see docs/performance.md).
 *
 * <p>The tiles are laid out from the view in which their content was first shown (its "anchor"):
 * a tile covers {@link #SIZE} pixels square of the picture as it was then, and the layer moves by
 * the whole pixels the view has panned since. The rest of the canvas (selection, path markers,
 * badges, what a tool shows) is painted over the tiles at the same whole-pixel offset, so both
 * stay in register; the offset differs from the viewport's by less than half a pixel.
 *
 * <p>While a zoom is in progress the layer shows the last picture it showed, taken once as an
 * image, scaled with the zoom and without smoothing ({@link #showScaled}): a few milliseconds of
 * rendering a frame instead of painting the drawing at every step (zooming in, the image is
 * magnified pixel by pixel into one the size of the view, which renders as fast as a tile). Where the image does not reach
 * (zooming out past it) the canvas's background shows. When the zoom has stopped the tiles of the
 * new zoom are painted a few a frame over the scaled image ({@link #show}), so that the first
 * frame at rest does not paint the whole view; once they cover the view the image is put away.
 */
final class TileLayer {
  /** The side of a tile, in screen pixels. */
  static final int SIZE = 256;
  /** How far, in screen pixels, a tile paints what lies outside it (strokes, arrow heads, labels reaching in). */
  private static final double BLEED = 16;
  /** How many rings of tiles around the view are kept after the view moved away from them. */
  private static final int KEPT_RINGS = 2;
  /** Unused tiles kept for reuse at most. */
  private static final int SPARE = 48;

  /** What the tiles show: the drawing of a diagram at a zoom, with the findings its summary cards count. */
  record Content(Diagram diagram, double scale, Map<ElementId, Integer> findingsPerVpc) {
    /** Whether the two show the same drawing with the same findings, at whatever zoom. */
    boolean sameDrawing(Content other) {
      return other != null && other.diagram == diagram && other.findingsPerVpc.equals(findingsPerVpc);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Content content && content.diagram == diagram && content.scale == scale
          && content.findingsPerVpc.equals(findingsPerVpc);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(diagram) * 31 + Double.hashCode(scale);
    }
  }

  private static final long NONE = Long.MIN_VALUE;

  /** How long, in nanoseconds, a frame at rest paints tiles over the scaled image, after the first tile. */
  private static final long PAINT_BUDGET_NANOS = 6_000_000;

  /** The tiles and, under them, the scaled image. */
  private final Group root = new Group();
  private final Group group = new Group();
  /** The last picture shown, scaled while a zoom is in progress (and under the new tiles until they cover the view). */
  private final ImageView scaled = new ImageView();
  private WritableImage image;
  /** The pixels of {@link #image} (premultiplied ARGB), read once when it is taken. */
  private int[] imagePixels = new int[0];
  /**
   * Zooming in, the view magnified from {@link #image} pixel by pixel: a software renderer scales
   * an image through a transform several times slower than it draws one pixel for pixel, and a
   * magnified image fills the whole view.
   */
  private WritableImage magnified;
  private int[] magnifiedPixels = new int[0];
  /** What {@link #image} shows, and where the design's origin was on it. */
  private Content imageContent;
  private double imageOffsetX;
  private double imageOffsetY;
  private final Map<Long, Canvas> tiles = new HashMap<>();
  private final Deque<Canvas> spare = new ArrayDeque<>();
  private Content content;
  private double anchorX;
  private double anchorY;
  private double shiftX;
  private double shiftY;
  private int firstColumn;
  private int lastColumn;
  private int firstRow;
  private int lastRow;

  TileLayer() {
    root.setManaged(false);
    root.setMouseTransparent(true);
    group.setVisible(false);
    scaled.setSmooth(false);
    scaled.setVisible(false);
    root.getChildren().addAll(scaled, group);
  }

  /** The layer's node (to be clipped by its parent: tiles reach beyond the view). */
  Node node() {
    return root;
  }

  /** The screen offset of the design's origin as the tiles show it (whole pixels from the anchor). */
  double offsetX() {
    return anchorX + shiftX;
  }

  double offsetY() {
    return anchorY + shiftY;
  }

  /** Hides the tiles (the canvas paints everything itself while the content keeps changing). */
  void hide() {
    group.setVisible(false);
    scaled.setVisible(false);
  }

  /**
   * Shows the picture on screen, of the same drawing as {@code wanted} at another zoom, scaled to
   * the viewport's zoom: taken as an image when the zoom starts (the view of {@code width} by
   * {@code height} pixels), then only transformed. Returns false, showing nothing, when the layer
   * shows no picture of that drawing (the canvas then paints the frame itself).
   */
  boolean showScaled(Content wanted, Viewport viewport, double width, double height) {
    if (group.isVisible() && wanted.sameDrawing(content)) {
      take(width, height);
    } else if (!scaled.isVisible() || !wanted.sameDrawing(imageContent)) {
      hide();
      return false;
    }
    group.setVisible(false);
    place(viewport.scale(), viewport.offsetX(), viewport.offsetY(), width, height);
    scaled.setVisible(true);
    return true;
  }

  /**
   * Scales and moves the image so that it shows the design at {@code scale} with its origin at
   * ({@code offsetX}, {@code offsetY}), taking only the part of it that falls in the view of
   * {@code width} by {@code height} pixels (when zoomed in, a small part of the image fills the view,
   * and software rendering then works on that part only).
   */
  private void place(double scale, double offsetX, double offsetY, double width, double height) {
    double k = scale / imageContent.scale();
    double tx = offsetX - imageOffsetX * k;
    double ty = offsetY - imageOffsetY * k;
    if (k > 1) {
      magnify(k, tx, ty, width, height);
      return;
    }
    if (scaled.getImage() != image) {
      scaled.setImage(image);
    }
    double left = Math.max(0, Math.floor(-tx / k));
    double top = Math.max(0, Math.floor(-ty / k));
    double right = Math.min(image.getWidth(), Math.ceil((width - tx) / k));
    double bottom = Math.min(image.getHeight(), Math.ceil((height - ty) / k));
    if (right <= left || bottom <= top) {
      left = 0;
      top = 0;
      right = 1;
      bottom = 1;
      tx = width * 2;
    }
    scaled.setViewport(new Rectangle2D(left, top, right - left, bottom - top));
    scaled.getTransforms().setAll(new Affine(k, 0, tx + k * left, 0, k, ty + k * top));
  }

  /**
   * Shows the view of {@code width} by {@code height} pixels as {@link #image} magnified {@code k}
   * times and moved by ({@code tx}, {@code ty}), nearest pixel, the background where it does not
   * reach: the same picture the transformed image would show, drawn one pixel for pixel.
   */
  private void magnify(double k, double tx, double ty, double width, double height) {
    int w = (int) Math.max(1, Math.ceil(width));
    int h = (int) Math.max(1, Math.ceil(height));
    if (magnified == null || (int) magnified.getWidth() != w || (int) magnified.getHeight() != h) {
      magnified = new WritableImage(w, h);
      magnifiedPixels = new int[w * h];
    }
    int sourceWidth = (int) image.getWidth();
    int sourceHeight = (int) image.getHeight();
    int background = argb(KindStyle.BACKGROUND);
    int[] columns = new int[w];
    for (int x = 0; x < w; x++) {
      int column = (int) Math.floor((x + 0.5 - tx) / k);
      columns[x] = column >= 0 && column < sourceWidth ? column : -1;
    }
    for (int y = 0; y < h; y++) {
      int row = (int) Math.floor((y + 0.5 - ty) / k);
      int at = y * w;
      if (row < 0 || row >= sourceHeight) {
        java.util.Arrays.fill(magnifiedPixels, at, at + w, background);
        continue;
      }
      int from = row * sourceWidth;
      for (int x = 0; x < w; x++) {
        int column = columns[x];
        magnifiedPixels[at + x] = column < 0 ? background : imagePixels[from + column];
      }
    }
    magnified.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), magnifiedPixels, 0, w);
    if (scaled.getImage() != magnified) {
      scaled.setImage(magnified);
    }
    scaled.setViewport(null);
    scaled.getTransforms().clear();
  }

  private static int argb(Color color) {
    return 0xFF000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
        | (int) Math.round(color.getBlue() * 255);
  }

  /** Takes what the layer shows in the view (the tiles, and the scaled image where they do not cover yet) as the image. */
  private void take(double width, double height) {
    int w = (int) Math.max(1, Math.ceil(width));
    int h = (int) Math.max(1, Math.ceil(height));
    if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
      image = new WritableImage(w, h);
    }
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setFill(KindStyle.BACKGROUND);
    parameters.setViewport(new Rectangle2D(0, 0, w, h));
    WritableImage taken = root.snapshot(parameters, image);
    scaled.setImage(null);
    scaled.setViewport(null);
    scaled.setImage(taken);
    image = taken;
    if (imagePixels.length != w * h) {
      imagePixels = new int[w * h];
    }
    taken.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), imagePixels, 0, w);
    imageContent = content;
    imageOffsetX = offsetX();
    imageOffsetY = offsetY();
  }

  /** Whether tiles in view are still to be painted over the scaled image (the canvas then asks for another frame). */
  boolean isPainting() {
    return scaled.isVisible() && group.isVisible();
  }

  /**
   * Shows {@code wanted} as the viewport sees it on a view of {@code width} by {@code height}
   * pixels: moves the tiles and paints those in view that are not painted yet (all of them when
   * the content changed). Returns how many boxes were painted (0 when the view only moved over
   * painted tiles).
   */
  int show(Content wanted, Viewport viewport, double width, double height) {
    if (!wanted.equals(content)) {
      if (!scaled.isVisible() || !wanted.sameDrawing(imageContent)) {
        scaled.setVisible(false);
      }
      content = wanted;
      anchorX = viewport.offsetX();
      anchorY = viewport.offsetY();
      for (Canvas tile : tiles.values()) {
        retire(tile);
      }
      tiles.clear();
    }
    shiftX = Math.round(viewport.offsetX() - anchorX);
    shiftY = Math.round(viewport.offsetY() - anchorY);
    group.setTranslateX(shiftX);
    group.setTranslateY(shiftY);
    group.setVisible(true);
    firstColumn = (int) Math.floorDiv((long) -shiftX, SIZE);
    lastColumn = (int) Math.floorDiv((long) (-shiftX + Math.ceil(width) - 1), SIZE);
    firstRow = (int) Math.floorDiv((long) -shiftY, SIZE);
    lastRow = (int) Math.floorDiv((long) (-shiftY + Math.ceil(height) - 1), SIZE);
    evictFarTiles();
    if (scaled.isVisible()) {
      // after a zoom: the image scaled to this zoom stays under the tiles until they cover the view
      place(content.scale(), offsetX(), offsetY(), width, height);
    }
    long start = System.nanoTime();
    boolean first = true;
    boolean missing = false;
    int painted = 0;
    for (int row = firstRow; row <= lastRow; row++) {
      for (int column = firstColumn; column <= lastColumn; column++) {
        if (!tiles.containsKey(key(column, row))) {
          if (scaled.isVisible() && !first && System.nanoTime() - start > PAINT_BUDGET_NANOS) {
            missing = true;
          } else {
            painted += paint(column, row);
            first = false;
          }
        }
      }
    }
    if (!missing) {
      scaled.setVisible(false);
    }
    return painted;
  }

  /**
   * Paints one tile of the ring around the view that is not painted yet, so that a pan finds it
   * ready; returns whether there was one (the canvas then asks for another frame).
   */
  boolean paintAhead() {
    long missing = ahead();
    if (missing == NONE) {
      return false;
    }
    paint((int) (missing >> 32), (int) missing);
    return true;
  }

  /** Whether a tile of the ring around the view is not painted yet. */
  boolean isAhead() {
    return ahead() != NONE;
  }

  /** The key of a tile of the ring around the view not painted yet, nearest the top left; {@link #NONE} when none. */
  private long ahead() {
    if (content == null || !group.isVisible() || scaled.isVisible()) {
      return NONE;
    }
    for (int row = firstRow - 1; row <= lastRow + 1; row++) {
      for (int column = firstColumn - 1; column <= lastColumn + 1; column++) {
        if (!tiles.containsKey(key(column, row))) {
          return key(column, row);
        }
      }
    }
    return NONE;
  }

  private int paint(int column, int row) {
    Canvas tile = spare.poll();
    if (tile == null) {
      tile = new Canvas(SIZE, SIZE);
      group.getChildren().add(tile);
    }
    tile.relocate((double) column * SIZE, (double) row * SIZE);
    tile.setVisible(true);
    tiles.put(key(column, row), tile);
    double scale = content.scale();
    double offsetX = anchorX - (double) column * SIZE;
    double offsetY = anchorY - (double) row * SIZE;
    GraphicsContext gc = tile.getGraphicsContext2D();
    gc.setTransform(new Affine());
    // clearing the whole tile drops what it was asked to paint before
    gc.clearRect(0, 0, SIZE, SIZE);
    gc.setFill(KindStyle.BACKGROUND);
    gc.fillRect(0, 0, SIZE, SIZE);
    GridPainter.paint(gc, scale, offsetX, offsetY, SIZE, SIZE);
    gc.setTransform(scale, 0, 0, scale, offsetX, offsetY);
    double bleed = BLEED / scale;
    Bounds area = new Bounds(-offsetX / scale - bleed, -offsetY / scale - bleed, SIZE / scale + 2 * bleed,
        SIZE / scale + 2 * bleed);
    int drawn = DiagramPainter.paintDrawing(new CanvasPen(gc, scale), content.diagram(), content.findingsPerVpc(), area,
        scale);
    gc.setTransform(new Affine());
    return drawn;
  }

  /** Retires the tiles more than {@link #KEPT_RINGS} rings away from the view. */
  private void evictFarTiles() {
    List<Long> far = new ArrayList<>();
    for (Iterator<Map.Entry<Long, Canvas>> it = tiles.entrySet().iterator(); it.hasNext();) {
      Map.Entry<Long, Canvas> entry = it.next();
      int column = (int) (entry.getKey() >> 32);
      int row = (int) entry.getKey().longValue();
      if (column < firstColumn - KEPT_RINGS || column > lastColumn + KEPT_RINGS || row < firstRow - KEPT_RINGS
          || row > lastRow + KEPT_RINGS) {
        far.add(entry.getKey());
      }
    }
    for (Long key : far) {
      retire(tiles.remove(key));
    }
  }

  private void retire(Canvas tile) {
    tile.setVisible(false);
    if (spare.size() < SPARE) {
      spare.push(tile);
    } else {
      group.getChildren().remove(tile);
    }
  }

  private static long key(int column, int row) {
    return ((long) column << 32) | (row & 0xffffffffL);
  }
}
