package dev.netwright.app.ui;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.layout.AutoLayout;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * New, Open and Save of designs: asks before changes would be lost, shows any file error in a
 * dialog that names the file and the place (and leaves the open design as it was), and keeps the
 * recent files up to date.
 */
final class DesignFiles {
  static final String DESIGN = "Netwright design";

  private final DesignSession session;
  private final Supplier<Window> owner;
  private final UserSettings settings;
  private final DesignFile designFile = new DesignFile();
  private FileChooserPrompt chooser;
  private Consumer<Path> opened = path -> { };
  private Runnable saved = () -> { };

  DesignFiles(DesignSession session, Supplier<Window> owner, UserSettings settings, FileChooserPrompt chooser) {
    this.session = session;
    this.owner = owner;
    this.settings = settings;
    this.chooser = chooser;
  }

  void setChooser(FileChooserPrompt chooser) {
    this.chooser = chooser;
  }

  FileChooserPrompt chooser() {
    return chooser;
  }

  /** Called after a design was opened (or a new one started: with null). */
  void onOpened(Consumer<Path> listener) {
    this.opened = listener;
  }

  /** Called after the design was saved. */
  void onSaved(Runnable listener) {
    this.saved = listener;
  }

  void newDesign() {
    if (!confirmDiscard()) {
      return;
    }
    Region region = session.document().region();
    session.replace(Document.empty("Untitled", region), null);
    opened.accept(null);
  }

  void open() {
    if (!confirmDiscard()) {
      return;
    }
    chooser.chooseToOpen(DESIGN, "json").ifPresent(this::load);
  }

  /** Opens a file from the recent list or the command line, asking about unsaved changes first. */
  boolean open(Path file) {
    return confirmDiscard() && load(file);
  }

  /** Reads and shows a design; on failure shows where the file is wrong and keeps the current design. */
  boolean load(Path file) {
    Document document;
    try {
      document = designFile.read(file);
    } catch (NetwrightException e) {
      Dialogs.error(owner.get(), "Cannot open " + file.getFileName(), e.getMessage());
      return false;
    }
    session.replace(complete(document), file);
    settings.rememberFile(file);
    opened.accept(file);
    return true;
  }

  /** A document whose elements all have bounds (designs written by hand or by tools may lack some). */
  static Document complete(Document document) {
    if (document.layout().size() >= document.topology().size()) {
      return document;
    }
    return document.withLayout(AutoLayout.complete(document.topology(), document.layout()));
  }

  /** Saves to the design's file, asking for one when it has none; false when nothing was saved. */
  boolean save() {
    Path file = session.file();
    if (file == null) {
      return saveAs();
    }
    return saveTo(file);
  }

  boolean saveAs() {
    Optional<Path> chosen = chooser.chooseToSave(DESIGN, suggestedName(), "json");
    return chosen.isPresent() && saveTo(withExtension(chosen.get(), ".json"));
  }

  private boolean saveTo(Path file) {
    try {
      designFile.write(session.document(), file);
    } catch (NetwrightException e) {
      Dialogs.error(owner.get(), "Cannot save " + file.getFileName(), e.getMessage());
      return false;
    }
    session.markSaved(file);
    settings.rememberFile(file);
    saved.run();
    return true;
  }

  /** True when the design may be replaced: nothing unsaved, or the person saved or chose to drop it. */
  boolean confirmDiscard() {
    if (!session.isDirty()) {
      return true;
    }
    ButtonType answer = Dialogs.askToSave(owner.get(), displayName(session));
    if (answer == Dialogs.SAVE) {
      return save();
    }
    return answer == Dialogs.DONT_SAVE;
  }

  String suggestedName() {
    Path file = session.file();
    if (file != null) {
      return file.getFileName().toString();
    }
    String name = session.document().name().isBlank() ? "design" : session.document().name();
    return name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".json";
  }

  static String displayName(DesignSession session) {
    Path file = session.file();
    if (file != null) {
      return file.getFileName().toString();
    }
    return session.document().name().isBlank() ? "Untitled" : session.document().name();
  }

  static Path withExtension(Path file, String extension) {
    String name = file.getFileName().toString();
    return name.contains(".") ? file : file.resolveSibling(name + extension);
  }
}
