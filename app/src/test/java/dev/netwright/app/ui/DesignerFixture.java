package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.app.ui.canvas.ElementView;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.ElementKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a test stage, with its own preferences node and autosave folder, and
 * file dialogs answered from a queue (native dialogs cannot be driven headless). Gestures are
 * made with the TestFX robot, as a person would.
 */
final class DesignerFixture {
  static final String PREFS = "dev/netwright/designer-tests";

  final MainWindow window;
  final DesignSession session;
  final DesignCanvas canvas;
  final UserSettings settings;
  final Path folder;
  final Deque<Path> chosenFiles = new ArrayDeque<>();

  private DesignerFixture(MainWindow window, UserSettings settings, Path folder) {
    this.window = window;
    this.session = window.session();
    this.canvas = window.canvas();
    this.settings = settings;
    this.folder = folder;
  }

  /** Builds and shows the window on {@code stage} (call from a TestFX {@code @Start} method). */
  static DesignerFixture show(Stage stage) {
    return show(stage, newFolder());
  }

  static DesignerFixture show(Stage stage, Path folder) {
    System.setProperty("netwright.prefs", PREFS);
    UserSettings settings = UserSettings.load();
    MainWindow window = MainWindow.create(stage, DesignSession.empty(), settings, folder.resolve("autosave"));
    DesignerFixture fixture = new DesignerFixture(window, settings, folder);
    window.setFileChooser(new FileChooserPrompt() {
      @Override
      public Optional<Path> chooseToOpen(String what, String... extensions) {
        return Optional.ofNullable(fixture.chosenFiles.poll());
      }

      @Override
      public Optional<Path> chooseToSave(String what, String suggestedName, String... extensions) {
        return Optional.ofNullable(fixture.chosenFiles.poll());
      }
    });
    Scene scene = new Scene(window.root(), 1280, 820);
    scene.getStylesheets().add(NetwrightApplication.class.getResource("netwright.css").toExternalForm());
    window.installPanels();
    window.show(scene);
    stage.setWidth(1280);
    stage.setHeight(820);
    return fixture;
  }

  static Path newFolder() {
    try {
      return Files.createTempDirectory("netwright-ui-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sample(String name) {
    return Path.of(System.getProperty("netwright.samples", "samples"), name);
  }

  // ---- gestures

  /** Drags a kind from the palette and drops it at a design point. */
  void dragFromPalette(FxRobot robot, ElementKind kind, double designX, double designY) {
    robot.drag("#palette-" + kind.slug(), MouseButton.PRIMARY).dropTo(screen(designX, designY));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Drags with the Connect tool from one element to another, then goes back to the Select tool. */
  void connect(FxRobot robot, ElementId from, ElementId to) {
    robot.clickOn("#connectToolButton");
    robot.drag(center(from), MouseButton.PRIMARY).dropTo(center(to));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Types a route destination into the dialog the connect tool opened, and confirms it. */
  void answerRouteDialog(FxRobot robot, String destination) {
    TextField field = robot.lookup("#routeDestination").queryAs(TextField.class);
    robot.interact(field::requestFocus);
    robot.interact(field::selectAll);
    if (!destination.equals(field.getText())) {
      robot.write(destination);
    }
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  void select(FxRobot robot) {
    robot.clickOn("#selectToolButton");
  }

  /** Presses a shortcut (Ctrl, or Cmd on macOS, plus keys). */
  void shortcut(FxRobot robot, KeyCode... keys) {
    KeyCode[] all = new KeyCode[keys.length + 1];
    all[0] = KeyCode.SHORTCUT;
    System.arraycopy(keys, 0, all, 1, keys.length);
    robot.push(all);
    WaitForAsyncUtils.waitForFxEvents();
  }

  // ---- where things are

  Point2D screen(double designX, double designY) {
    Point2D local = canvas.localPointOf(designX, designY);
    return canvas.localToScreen(local.getX(), local.getY());
  }

  Point2D center(ElementId id) {
    Point2D local = canvas.localCenterOf(id).orElseThrow(() -> new AssertionError(id + " is not drawn"));
    return canvas.localToScreen(local.getX(), local.getY());
  }

  /** The element drawn at a design point, as hit-testing on the canvas finds it. */
  Optional<ElementId> drawnAt(double designX, double designY) {
    Point2D local = canvas.localPointOf(designX, designY);
    return canvas.viewAt(local.getX(), local.getY()).map(ElementView::id);
  }

  void close() {
    settings.clear();
  }
}
