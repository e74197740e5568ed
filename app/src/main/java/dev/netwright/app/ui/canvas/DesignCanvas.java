package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.DesignSession;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DrawingOptions;
import dev.netwright.model.diagram.LineLayer;
import dev.netwright.model.diagram.VpcBlocks;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Subnet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The drawing surface of a design: paints the session's document through its element views and
 * turns mouse and keyboard gestures into commands through the active {@link Tool}. It never
 * changes the model itself. Repaints are coalesced to at most one per pulse, and only what is
 * visible is drawn.
 */
public final class DesignCanvas extends Region {
  static final double ZOOM_STEP = 1.25;
  /** How much of the view revealed elements fill, at most, across or down. */
  static final double REVEAL_SHARE = 0.6;
  /** The closest a reveal zooms in. */
  static final double REVEAL_MAX_SCALE = 1.25;
  /** The room left around a new VPC in the view, in screen pixels. */
  static final double NEW_VPC_MARGIN = 24;
  /** How long the drawing and the zoom must stay the same before the canvas paints them into tiles. */
  static final double SETTLE_MILLIS = 120;

  private final DesignSession session;
  private final Canvas canvas = new Canvas();
  /** The drawing, in tiles, under {@link #canvas} while the view only pans (see {@link TileLayer}). */
  private final TileLayer tiles = new TileLayer();
  private final Rectangle clip = new Rectangle();
  /** After the drawing or the zoom stopped changing, paints the tiles once so that the next pan finds them ready. */
  private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MILLIS));
  /** What the last frame's drawing showed (the diagram, the zoom, the findings). */
  private TileLayer.Content lastContent;
  private final Label hint = new Label();
  private final PauseTransition hintTimer = new PauseTransition(Duration.seconds(5));
  private final Viewport viewport = new Viewport();
  private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
  private final ReadOnlyStringWrapper hintText = new ReadOnlyStringWrapper(this, "hint", "");
  private final ObjectProperty<ToolKind> toolKind = new SimpleObjectProperty<>(this, "tool", ToolKind.SELECT);
  private final Tool panTool = new PanTool(this);
  private final ObjectProperty<LineLayer> lineLayer = new SimpleObjectProperty<>(this, "lineLayer", LineLayer.ALL);
  /** One router for the canvas's drawings, so that it may reuse what it routed before an edit. */
  private final ConnectorRouter router = new ConnectorRouter(DejaVuMetrics.get());
  /** The VPCs of the last drawing, so that a drawing after an edit draws again only the VPCs it touched. */
  private final VpcBlocks kept = new VpcBlocks();
  private ElementId dropLaneShown;
  private final AnimationTimer pulse;
  private Map<ElementId, Integer> findingsPerVpc = Map.of();
  private Diagram diagram;
  private Diagram shown;
  private Set<ElementId> errors = Set.of();
  private Tool tool = new SelectTool(this);
  private boolean redrawRequested;
  private long paintCount;
  private int lastDrawnViews;
  private DestinationPrompt prompt;

  public DesignCanvas(DesignSession session) {
    this.session = session;
    getStyleClass().add("design-canvas");
    setId("designCanvas");
    setFocusTraversable(true);
    setMinSize(0, 0);
    hint.setId("canvasHint");
    hint.getStyleClass().add("canvas-hint");
    hint.setVisible(false);
    hint.setMouseTransparent(true);
    hint.setAlignment(Pos.CENTER);
    hintTimer.setOnFinished(event -> hideHint());
    getChildren().addAll(tiles.node(), canvas, hint);
    // what shows where no tile and no picture covers while a zoom is in progress (zooming out past the picture)
    setBackground(new Background(new BackgroundFill(KindStyle.BACKGROUND, null, null)));
    setClip(clip);
    settle.setOnFinished(event -> requestRedraw());
    diagram = Diagram.of(session.document(), options(null), router, kept);
    shown = diagram;
    pulse = new AnimationTimer() {
      @Override
      public void handle(long now) {
        stop();
        if (redrawRequested) {
          paint();
        }
      }
    };
    listenToSession();
    new CanvasInput(this).install();
    prompt = (question, suggestion, answer) -> DestinationPrompt.dialog(getScene() == null ? null : getScene().getWindow())
        .ask(question, suggestion, answer);
  }

  // ---- what tests and the window ask of the canvas

  public DesignSession session() {
    return session;
  }

  /** What is drawn now (the views of the current document). */
  public Diagram diagram() {
    return diagram;
  }

  public Viewport viewport() {
    return viewport;
  }

  /** The frontmost element view at a point of this canvas (local coordinates). */
  public Optional<ElementView> viewAt(double localX, double localY) {
    return diagram.viewAt(viewport.toDesignX(localX), viewport.toDesignY(localY));
  }

  /** Where an element's centre is on this canvas (local coordinates). */
  public Optional<Point2D> localCenterOf(ElementId id) {
    return diagram.view(id).map(view -> new Point2D(viewport.toScreenX(view.bounds().centerX()),
        viewport.toScreenY(view.bounds().centerY())));
  }

  /** Where a design point is on this canvas (local coordinates). */
  public Point2D localPointOf(double designX, double designY) {
    return new Point2D(viewport.toScreenX(designX), viewport.toScreenY(designY));
  }

  /** Which association, route and attachment lines are drawn (the highlighted path always is). */
  public ObjectProperty<LineLayer> lineLayerProperty() {
    return lineLayer;
  }

  public ReadOnlyDoubleProperty zoomProperty() {
    return zoom.getReadOnlyProperty();
  }

  /** The last hint shown over the canvas (why a drop or a connection was refused); empty when none. */
  public ReadOnlyStringProperty hintProperty() {
    return hintText.getReadOnlyProperty();
  }

  public ObjectProperty<ToolKind> toolProperty() {
    return toolKind;
  }

  public void setTool(ToolKind kind) {
    if (kind == ToolKind.CREATE) {
      throw new IllegalArgumentException("pick a kind to create with armCreate");
    }
    tool.cancel();
    switch (kind) {
      case CONNECT:
        tool = new ConnectTool(this);
        break;
      case PAN:
        tool = panTool;
        break;
      default:
        tool = new SelectTool(this);
        break;
    }
    toolKind.set(kind);
    setCursor(tool.cursor());
  }

  /** Arms the create tool: the next click on the canvas adds an element of this kind. */
  public void armCreate(ElementKind kind) {
    tool.cancel();
    tool = new CreateTool(this, kind);
    toolKind.set(ToolKind.CREATE);
    setCursor(tool.cursor());
  }

  /** How many frames were painted so far. */
  public long paintCount() {
    return paintCount;
  }

  /** Whether tiles of the view are still being painted over the scaled picture after a zoom. */
  boolean paintingTiles() {
    return tiles.isPainting();
  }

  /** How many element views the last frame drew (those that met the visible area). */
  public int lastDrawnViews() {
    return lastDrawnViews;
  }

  public void setDestinationPrompt(DestinationPrompt prompt) {
    this.prompt = prompt;
  }

  // ---- zoom and pan

  public void zoomIn() {
    zoomAbout(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
  }

  public void zoomOut() {
    zoomAbout(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
  }

  /** Back to 100 %, about the centre of the view. */
  public void zoomActual() {
    viewport.setScaleAt(1, getWidth() / 2, getHeight() / 2);
    viewChanged();
  }

  /** Shows the whole design. */
  public void fit() {
    Optional<Bounds> extent = diagram.extent();
    if (extent.isPresent() && getWidth() > 0 && getHeight() > 0) {
      viewport.fit(extent.get(), getWidth(), getHeight(), 40);
    } else if (extent.isEmpty()) {
      viewport.setScaleAt(1, 0, 0);
      viewport.panBy(-viewport.offsetX() + 40, -viewport.offsetY() + 40);
    }
    viewChanged();
  }

  /**
   * Brings elements into view, centred and zoomed so that they fill about {@link #REVEAL_SHARE} of
   * the view: closer for a small element, farther for a spread of them, never beyond
   * {@link #REVEAL_MAX_SCALE} (a single route table would otherwise fill the screen).
   */
  public void reveal(Collection<ElementId> ids) {
    Bounds all = null;
    for (ElementId id : ids) {
      Optional<ElementView> view = diagram.view(id);
      if (view.isPresent()) {
        all = all == null ? view.get().bounds() : all.union(view.get().bounds());
      }
    }
    if (all == null || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    double fill = Math.min(getWidth() * REVEAL_SHARE / Math.max(1, all.width()),
        getHeight() * REVEAL_SHARE / Math.max(1, all.height()));
    viewport.setScaleAt(Math.min(REVEAL_MAX_SCALE, fill), 0, 0);
    viewport.centerOn(all, getWidth(), getHeight());
    viewChanged();
  }

  public void panBy(double dx, double dy) {
    viewport.panBy(dx, dy);
    viewChanged();
  }

  public void zoomAbout(double factor, double localX, double localY) {
    viewport.zoomAt(factor, localX, localY);
    viewChanged();
  }

  private void viewChanged() {
    zoom.set(viewport.scale());
    requestRedraw();
  }

  // ---- painting

  /** Asks for a repaint at the next pulse; many requests within one pulse make one repaint. */
  public void requestRedraw() {
    if (!redrawRequested) {
      redrawRequested = true;
      pulse.start();
    }
  }

  /**
   * Paints now (the benchmark measures this). While the drawing and the zoom stay as they were in
   * the last frame, the drawing comes from the tiles and only what lies over it (path markers,
   * selection, badges, what the tool shows) is painted; while a zoom is in progress the last
   * picture is shown scaled (see {@link TileLayer#showScaled}); a frame whose drawing changed (an
   * edit, a drag's preview), or a zoom step without a picture of the same drawing, paints
   * everything itself. The tiles are painted once it has settled, a few a frame over the scaled
   * picture after a zoom.
   */
  public void paint() {
    redrawRequested = false;
    double width = canvas.getWidth();
    double height = canvas.getHeight();
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setTransform(new Affine());
    // clearing the whole canvas lets JavaFX drop the commands of a frame not yet rendered
    gc.clearRect(0, 0, width, height);
    double scale = viewport.scale();
    TileLayer.Content content = new TileLayer.Content(shown, scale, findingsPerVpc);
    boolean settled = content.equals(lastContent);
    boolean zooming = lastContent != null && lastContent.scale() != scale;
    // a zoom of the same drawing shows the last picture scaled; the tiles are painted once it has stopped
    boolean scaledPicture = zooming && content.sameDrawing(lastContent) && width > 0 && height > 0
        && tiles.showScaled(content, viewport, width, height);
    lastContent = content;
    double offsetX;
    double offsetY;
    if (scaledPicture) {
      lastDrawnViews = 0;
      offsetX = viewport.offsetX();
      offsetY = viewport.offsetY();
      settle.playFromStart();
    } else if (settled && width > 0 && height > 0) {
      lastDrawnViews = tiles.show(content, viewport, width, height);
      offsetX = tiles.offsetX();
      offsetY = tiles.offsetY();
      // the rest of the view's tiles over the scaled picture, a few a frame, after a zoom; then one
      // tile around the view a frame, while none in view was wanting, so that a pan finds it ready
      if (tiles.isPainting() || (lastDrawnViews == 0 ? tiles.paintAhead() : tiles.isAhead())) {
        requestRedraw();
      }
    } else {
      tiles.hide();
      gc.setFill(KindStyle.BACKGROUND);
      gc.fillRect(0, 0, width, height);
      GridPainter.paint(gc, viewport, width, height);
      gc.setTransform(scale, 0, 0, scale, viewport.offsetX(), viewport.offsetY());
      // while the zoom changes, icons of the summary are patches; the tiles paint them in full once it settles
      CanvasPen pen = new CanvasPen(gc, scale, zooming && scale < DiagramPainter.SUMMARY_SCALE);
      lastDrawnViews = DiagramPainter.paintDrawing(pen, shown, findingsPerVpc, viewport.visible(width, height), scale);
      offsetX = viewport.offsetX();
      offsetY = viewport.offsetY();
      if (width > 0 && height > 0) {
        settle.playFromStart();
      }
    }
    gc.setTransform(scale, 0, 0, scale, offsetX, offsetY);
    CanvasSketch sketch = new CanvasSketch(gc);
    Decorations decorations = new Decorations(session.selection(), errors, session.highlightedPath(), findingsPerVpc,
        session.driftMarks(), session.costMarks());
    DiagramPainter.paintDecorations(sketch, shown, decorations,
        new Bounds(-offsetX / scale, -offsetY / scale, Math.max(0, width) / scale, Math.max(0, height) / scale));
    tool.paintOverlay(sketch);
    gc.setTransform(new Affine());
    paintCount++;
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth();
    double height = getHeight();
    if (canvas.getWidth() != width || canvas.getHeight() != height) {
      canvas.setWidth(width);
      canvas.setHeight(height);
      clip.setWidth(width);
      clip.setHeight(height);
      requestRedraw();
    }
    double hintWidth = Math.min(width - 40, 560);
    double hintHeight = hint.prefHeight(hintWidth);
    hint.resizeRelocate((width - hintWidth) / 2, height - hintHeight - 24, hintWidth, hintHeight);
  }

  @Override
  protected double computePrefWidth(double height) {
    return 900;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 600;
  }

  // ---- what tools use

  Tool tool() {
    return tool;
  }

  Tool panTool() {
    return panTool;
  }

  DestinationPrompt destinationPrompt() {
    return prompt;
  }

  double designX(MouseEvent event) {
    return viewport.toDesignX(event.getX());
  }

  double designY(MouseEvent event) {
    return viewport.toDesignY(event.getY());
  }

  /** Shows what a drag would do, without changing the model. */
  void setPreview(Map<ElementId, Bounds> preview) {
    Document document = diagram.document();
    ElementId dropLane = preview.keySet().stream().map(id -> document.topology().find(id, Subnet.class))
        .flatMap(Optional::stream).map(Subnet::vpcId).filter(vpc -> !preview.containsKey(vpc)).findFirst().orElse(null);
    shown = preview.isEmpty() ? diagram
        : Diagram.of(document.withLayout(document.layout().with(preview)), options(dropLane), router, kept);
    requestRedraw();
  }

  /**
   * Shows the lane of a new zone in {@code vpc} (null: in none) while a new subnet is dragged from
   * the palette; the drop lane is where a subnet dropped starts another zone.
   */
  void showDropLane(ElementId vpc) {
    if (Objects.equals(vpc, dropLaneShown)) {
      return;
    }
    dropLaneShown = vpc;
    shown = vpc == null ? diagram : Diagram.of(diagram.document(), options(vpc), router, kept);
    requestRedraw();
  }

  /** Shows the drop lane of the VPC at a design point (none when the point is in no VPC). */
  void showDropLaneAt(double designX, double designY) {
    showDropLane(shown.viewAt(designX, designY, VpcView.class).map(VpcView::id).orElse(null));
  }

  /** The VPC whose new zone's lane shows while a new subnet is dragged over it, if any. */
  public Optional<ElementId> dropLane() {
    return Optional.ofNullable(dropLaneShown);
  }

  /** What the drawing shows besides the design: the line layer, the path, a drop lane while a subnet is dragged. */
  private DrawingOptions options(ElementId dropLaneVpc) {
    return new DrawingOptions(lineLayer.get(), session.selection(), session.highlightedPath().hops(), dropLaneVpc);
  }

  /** Draws the document anew (after an edit, or when the lines or the path to show change). */
  private void redrawDocument() {
    dropLaneShown = null;
    diagram = Diagram.of(session.document(), options(null), router, kept);
    shown = diagram;
    requestRedraw();
  }

  /** Runs an edit; a refusal becomes a hint over the canvas instead of an error. */
  void attempt(Runnable edit) {
    try {
      edit.run();
    } catch (NetwrightException refused) {
      showHint(refused.getMessage());
    }
  }

  /** Adds an element of {@code kind} dropped at a design point, and selects it. */
  public void createAt(ElementKind kind, double designX, double designY) {
    attempt(() -> {
      NewElement created = NewElement.at(kind, designX, designY, diagram);
      Bounds bounds = kind == ElementKind.VPC ? inView(created.bounds()) : created.bounds();
      session.editor().add(created.element(), bounds);
      session.select(List.of(created.element().id()));
      if (getWidth() > 0 && !viewport.visible(getWidth(), getHeight()).contains(bounds)) {
        viewport.fit(bounds, getWidth(), getHeight(), NEW_VPC_MARGIN);
        viewChanged();
      }
    });
  }

  /**
   * A new VPC's box moved into the visible area, and made lower (down to one row of subnets) when
   * the view is not tall enough; a view narrower than the VPC's zone lanes zooms out instead.
   */
  private Bounds inView(Bounds box) {
    if (getWidth() <= 0 || getHeight() <= 0) {
      return box;
    }
    double margin = NEW_VPC_MARGIN / viewport.scale();
    Bounds visible = viewport.visible(getWidth(), getHeight());
    Bounds area = new Bounds(visible.x() + margin, visible.y() + margin, Math.max(0, visible.width() - 2 * margin),
        Math.max(0, visible.height() - 2 * margin));
    // room for a title and one row of subnets; the drawing grows the VPC to what it holds
    double lowest = 2 * Geometry.SUBNET_HEIGHT + 4 * Geometry.GAP;
    double height = Math.max(lowest, Math.min(box.height(), Math.floor(area.height() / Geometry.GRID) * Geometry.GRID));
    Bounds kept = box.resized(box.width(), height).keptInside(area);
    return kept.movedTo(Math.ceil(kept.x() / Geometry.GRID) * Geometry.GRID, Math.ceil(kept.y() / Geometry.GRID) * Geometry.GRID);
  }

  void commitMove(Map<ElementId, Bounds> moved) {
    attempt(() -> new MovePlan(session, diagram, moved).commit());
  }

  void commitResize(ElementId id, Bounds bounds) {
    attempt(() -> new MovePlan(session, diagram, Map.of(id, bounds)).commitResize(id));
  }

  /** Lays the whole design out anew, as one undo step, and shows all of it. */
  public void tidyUp() {
    attempt(() -> {
      session.editor().tidyUp();
      fit();
    });
  }

  /** Deletes the selection and everything it owns, as one undo step. */
  public void deleteSelection() {
    if (!session.selection().isEmpty()) {
      attempt(() -> session.editor().delete(List.copyOf(session.selection())));
    }
  }

  /** Moves the selection (with its contents) by a few design units, as one undo step. */
  public void nudge(double dx, double dy) {
    if (!session.selection().isEmpty()) {
      commitMove(Contents.movedBy(diagram.document(), session.selection(), dx, dy));
    }
  }

  public void showHint(String text) {
    hint.setText(text);
    hint.setVisible(true);
    hintText.set(text);
    hintTimer.playFromStart();
    requestLayout();
  }

  private void hideHint() {
    hint.setVisible(false);
  }

  // ---- wiring

  private Map<ElementId, Integer> perVpc(List<Finding> findings) {
    Map<ElementId, Integer> counts = new HashMap<>();
    for (Finding finding : findings) {
      finding.elements().stream().map(id -> session.document().topology().vpcOf(id)).flatMap(Optional::stream).distinct()
          .forEach(vpc -> counts.merge(vpc, 1, Integer::sum));
    }
    return counts;
  }

  private void listenToSession() {
    session.documentProperty().addListener((observable, before, document) -> redrawDocument());
    lineLayer.addListener((observable, before, layer) -> redrawDocument());
    session.selection().addListener((SetChangeListener<ElementId>) change -> {
      if (lineLayer.get() == LineLayer.SELECTION) {
        redrawDocument();
      } else {
        requestRedraw();
      }
    });
    session.findingsProperty().addListener((observable, before, findings) -> {
      Set<ElementId> withErrors = new HashSet<>();
      for (Finding finding : findings) {
        if (finding.severity() == Severity.ERROR) {
          withErrors.addAll(finding.elements());
        }
      }
      errors = withErrors;
      findingsPerVpc = perVpc(findings);
      requestRedraw();
    });
    session.highlightedPathProperty().addListener((observable, before, path) -> redrawDocument());
    session.driftMarksProperty().addListener((observable, before, marks) -> requestRedraw());
    session.costMarksProperty().addListener((observable, before, marks) -> requestRedraw());
    session.addRevealListener(this::reveal);
    session.fileProperty().addListener((observable, before, file) -> requestRedraw());
  }
}
