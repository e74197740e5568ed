package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.app.ui.canvas.ToolKind;
import dev.netwright.model.diagram.LineLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer's main window (MainWindow.fxml): menus, toolbar, palette, canvas, the panels'
 * places and the status bar. It wires each menu item to the small class that does the work
 * ({@link DesignFiles}, {@link EditActions}, {@link ExportActions}, the canvas).
 */
public final class MainWindow {
  @FXML private BorderPane root;
  @FXML private Menu recentMenu;
  @FXML private MenuItem newItem;
  @FXML private MenuItem openItem;
  @FXML private MenuItem saveItem;
  @FXML private MenuItem saveAsItem;
  @FXML private MenuItem importCfnItem;
  @FXML private MenuItem exportCfnItem;
  @FXML private MenuItem exportPngItem;
  @FXML private MenuItem exportSvgItem;
  @FXML private MenuItem exportPng2Item;
  @FXML private MenuItem exportPng3Item;
  @FXML private MenuItem tidyUpItem;
  @FXML private RadioMenuItem linesAllItem;
  @FXML private RadioMenuItem linesSelectionItem;
  @FXML private RadioMenuItem linesNoneItem;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem undoItem;
  @FXML private MenuItem redoItem;
  @FXML private MenuItem cutItem;
  @FXML private MenuItem copyItem;
  @FXML private MenuItem pasteItem;
  @FXML private MenuItem deleteItem;
  @FXML private MenuItem selectAllItem;
  @FXML private MenuItem zoomInItem;
  @FXML private MenuItem zoomOutItem;
  @FXML private MenuItem zoomFitItem;
  @FXML private MenuItem zoomActualItem;
  @FXML private ToggleButton selectToolButton;
  @FXML private ToggleButton connectToolButton;
  @FXML private ToggleButton panToolButton;
  @FXML private Label zoomLabel;
  @FXML private VBox paletteBox;
  @FXML private SplitPane mainSplit;
  @FXML private SplitPane centerSplit;
  @FXML private StackPane canvasHolder;
  @FXML private TabPane bottomTabs;
  @FXML private TabPane sideTabs;
  @FXML private Label statusZoom;
  @FXML private Label statusSelection;
  @FXML private Label statusFindings;
  @FXML private Label statusMessage;

  private final Stage stage;
  private final DesignSession session;
  private final UserSettings settings;
  private final DesignCanvas canvas;
  private final Autosave autosave;
  private DesignFiles files;
  private EditActions edits;
  private ExportActions exports;
  private AwsActions aws;

  private MainWindow(Stage stage, DesignSession session, UserSettings settings, Path autosaveFolder) {
    this.stage = stage;
    this.session = session;
    this.settings = settings;
    this.canvas = new DesignCanvas(session);
    this.autosave = new Autosave(session, autosaveFolder);
  }

  /** Builds the window's content for {@code stage}; call {@link #show()} to put it on screen. */
  public static MainWindow create(Stage stage, DesignSession session, UserSettings settings, Path autosaveFolder) {
    MainWindow window = new MainWindow(stage, session, settings, autosaveFolder);
    FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
    loader.setController(window);
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("the main window's FXML is missing or broken", e);
    }
    return window;
  }

  @FXML
  private void initialize() {
    canvasHolder.getChildren().add(canvas);
    Palette.fill(paletteBox, canvas);
    files = new DesignFiles(session, () -> stage, settings, FileChooserPrompt.platform(stage));
    files.onOpened(file -> {
      canvas.fit();
      refreshRecent();
      autosave.discard();
    });
    files.onSaved(() -> {
      autosave.discard();
      refreshRecent();
      statusMessage.setText("Saved " + session.file().getFileName());
    });
    edits = new EditActions(session, canvas, () -> stage.getScene() == null ? null : stage.getScene().getFocusOwner());
    exports = new ExportActions(session, canvas, () -> stage, files);
    aws = new AwsActions(session, canvas, () -> stage, files);
    Shortcuts.install(this);
    bindTools();
    bindLineLayer();
    StatusBar.bind(session, canvas, zoomLabel, statusZoom, statusSelection, statusFindings, statusMessage);
    refreshRecent();
  }

  // ---- what the application, the panels and the tests use

  public Parent root() {
    return root;
  }

  public Stage stage() {
    return stage;
  }

  public DesignSession session() {
    return session;
  }

  public DesignCanvas canvas() {
    return canvas;
  }

  /** Adds a panel beside the canvas (the inspector). */
  public Tab addSideTab(String title, Node content) {
    Tab tab = new Tab(title, content);
    sideTabs.getTabs().add(tab);
    showPanels();
    return tab;
  }

  /** Adds a panel below the canvas (problems, paths, the matrix). */
  public Tab addBottomTab(String title, Node content) {
    Tab tab = new Tab(title, content);
    bottomTabs.getTabs().add(tab);
    showPanels();
    return tab;
  }

  /** Replaces the platform's file dialogs (tests answer them themselves). */
  public void setFileChooser(FileChooserPrompt chooser) {
    files.setChooser(chooser);
  }

  /** Puts the window on screen with the remembered size, panels installed and autosave running. */
  public void show(Scene scene) {
    UserSettings.WindowBox box = settings.window(new UserSettings.WindowBox(Double.NaN, Double.NaN, 1360, 860, false));
    stage.setScene(scene);
    stage.setWidth(box.width());
    stage.setHeight(box.height());
    if (!Double.isNaN(box.x()) && !Double.isNaN(box.y())) {
      stage.setX(box.x());
      stage.setY(box.y());
    }
    stage.setMaximized(box.maximized());
    stage.titleProperty().bind(Bindings.createStringBinding(this::title, session.dirtyProperty(), session.fileProperty(),
        session.documentProperty()));
    stage.setOnCloseRequest(event -> {
      if (!requestClose()) {
        event.consume();
      }
    });
    stage.show();
    canvas.applyCss();
    canvas.layout();
    canvas.fit();
    canvas.requestFocus();
    Recovery.offer(stage, session, autosave, canvas);
    autosave.start();
  }

  /** Installs the panels found on the class path. */
  public void installPanels() {
    installPanels(true);
  }

  /** Installs the panels found on the class path, or none (the canvas alone, for tests of the shell). */
  public void installPanels(boolean found) {
    hidePanels();
    if (found) {
      for (DesignerPanels panels : ServiceLoader.load(DesignerPanels.class)) {
        panels.install(this);
      }
    }
  }

  /** Opens a design file as the person would from File > Open. */
  public boolean open(Path file) {
    return files.open(file);
  }

  /** Asks about unsaved changes; true when the window may close (and remembers its size). */
  public boolean requestClose() {
    if (!files.confirmDiscard()) {
      return false;
    }
    autosave.stop();
    autosave.discard();
    settings.rememberWindow(new UserSettings.WindowBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
        stage.isMaximized()));
    return true;
  }

  String title() {
    return (session.isDirty() ? "*" : "") + DesignFiles.displayName(session) + " — Netwright";
  }

  Autosave autosave() {
    return autosave;
  }

  // ---- menu and toolbar

  @FXML
  private void onNew() {
    files.newDesign();
  }

  @FXML
  private void onOpen() {
    files.open();
  }

  @FXML
  private void onSave() {
    files.save();
  }

  @FXML
  private void onSaveAs() {
    files.saveAs();
  }

  @FXML
  private void onImportFromAws() {
    aws.importFromAws();
  }

  @FXML
  private void onPlanAndApply() {
    aws.planAndApply();
  }

  @FXML
  private void onImportCloudFormation() {
    exports.importCloudFormation();
  }

  @FXML
  private void onExportCloudFormation() {
    exports.exportCloudFormation();
  }

  @FXML
  private void onExportPng() {
    exports.exportPng(1);
  }

  @FXML
  private void onExportPng2() {
    exports.exportPng(2);
  }

  @FXML
  private void onExportPng3() {
    exports.exportPng(3);
  }

  @FXML
  private void onTidyUp() {
    canvas.tidyUp();
  }

  @FXML
  private void onLinesAll() {
    canvas.lineLayerProperty().set(LineLayer.ALL);
  }

  @FXML
  private void onLinesSelection() {
    canvas.lineLayerProperty().set(LineLayer.SELECTION);
  }

  @FXML
  private void onLinesNone() {
    canvas.lineLayerProperty().set(LineLayer.NONE);
  }

  @FXML
  private void onExportSvg() {
    exports.exportSvg();
  }

  @FXML
  private void onQuit() {
    if (requestClose()) {
      stage.hide();
    }
  }

  @FXML
  private void onUndo() {
    edits.undo();
  }

  @FXML
  private void onRedo() {
    edits.redo();
  }

  @FXML
  private void onCut() {
    edits.cut();
  }

  @FXML
  private void onCopy() {
    edits.copy();
  }

  @FXML
  private void onPaste() {
    edits.paste();
  }

  @FXML
  private void onDelete() {
    edits.delete();
  }

  @FXML
  private void onSelectAll() {
    edits.selectAll();
  }

  @FXML
  private void onZoomIn() {
    canvas.zoomIn();
  }

  @FXML
  private void onZoomOut() {
    canvas.zoomOut();
  }

  @FXML
  private void onZoomFit() {
    canvas.fit();
  }

  @FXML
  private void onZoomActual() {
    canvas.zoomActual();
  }

  @FXML
  private void onShortcuts() {
    Dialogs.info(stage, "Keyboard and mouse", Shortcuts.description());
  }

  // ---- wiring

  MenuItem item(String name) {
    switch (name) {
      case "new": return newItem;
      case "open": return openItem;
      case "save": return saveItem;
      case "saveAs": return saveAsItem;
      case "quit": return quitItem;
      case "undo": return undoItem;
      case "redo": return redoItem;
      case "cut": return cutItem;
      case "copy": return copyItem;
      case "paste": return pasteItem;
      case "delete": return deleteItem;
      case "selectAll": return selectAllItem;
      case "zoomIn": return zoomInItem;
      case "zoomOut": return zoomOutItem;
      case "zoomFit": return zoomFitItem;
      case "zoomActual": return zoomActualItem;
      case "importCfn": return importCfnItem;
      case "exportCfn": return exportCfnItem;
      case "exportPng": return exportPngItem;
      case "exportSvg": return exportSvgItem;
      case "exportPng2": return exportPng2Item;
      case "exportPng3": return exportPng3Item;
      case "tidyUp": return tidyUpItem;
      case "linesAll": return linesAllItem;
      case "linesSelection": return linesSelectionItem;
      case "linesNone": return linesNoneItem;
      default: throw new IllegalArgumentException(name);
    }
  }

  private void bindLineLayer() {
    ToggleGroup lines = new ToggleGroup();
    linesAllItem.setToggleGroup(lines);
    linesSelectionItem.setToggleGroup(lines);
    linesNoneItem.setToggleGroup(lines);
    Runnable show = () -> {
      LineLayer layer = canvas.lineLayerProperty().get();
      linesAllItem.setSelected(layer == LineLayer.ALL);
      linesSelectionItem.setSelected(layer == LineLayer.SELECTION);
      linesNoneItem.setSelected(layer == LineLayer.NONE);
    };
    canvas.lineLayerProperty().addListener((observable, before, layer) -> show.run());
    show.run();
  }

  private void bindTools() {
    selectToolButton.setOnAction(event -> canvas.setTool(ToolKind.SELECT));
    connectToolButton.setOnAction(event -> canvas.setTool(ToolKind.CONNECT));
    panToolButton.setOnAction(event -> canvas.setTool(ToolKind.PAN));
    canvas.toolProperty().addListener((observable, before, tool) -> {
      selectToolButton.setSelected(tool == ToolKind.SELECT);
      connectToolButton.setSelected(tool == ToolKind.CONNECT);
      panToolButton.setSelected(tool == ToolKind.PAN);
    });
    undoItem.textProperty().bind(Bindings.createStringBinding(
        () -> session.undoDescription().isEmpty() ? "Undo" : "Undo " + session.undoDescription(), session.documentProperty()));
    redoItem.textProperty().bind(Bindings.createStringBinding(
        () -> session.redoDescription().isEmpty() ? "Redo" : "Redo " + session.redoDescription(), session.documentProperty()));
    undoItem.disableProperty().bind(session.canUndoProperty().not());
    redoItem.disableProperty().bind(session.canRedoProperty().not());
  }

  private void refreshRecent() {
    recentMenu.getItems().clear();
    for (Path file : settings.recentFiles()) {
      MenuItem item = new MenuItem(file.getFileName() + "  —  " + (file.getParent() == null ? "" : file.getParent()));
      item.setMnemonicParsing(false);
      item.setOnAction(event -> {
        if (!files.open(file)) {
          settings.forgetFile(file);
          refreshRecent();
        }
      });
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  private void hidePanels() {
    if (sideTabs.getTabs().isEmpty()) {
      mainSplit.getItems().remove(sideTabs);
    }
    if (bottomTabs.getTabs().isEmpty()) {
      centerSplit.getItems().remove(bottomTabs);
    }
  }

  private void showPanels() {
    if (!sideTabs.getTabs().isEmpty() && !mainSplit.getItems().contains(sideTabs)) {
      mainSplit.getItems().add(sideTabs);
      mainSplit.setDividerPositions(0.76);
    }
    if (!bottomTabs.getTabs().isEmpty() && !centerSplit.getItems().contains(bottomTabs)) {
      centerSplit.getItems().add(bottomTabs);
      centerSplit.setDividerPositions(0.74);
    }
  }
}
