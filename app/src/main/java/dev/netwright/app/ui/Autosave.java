package dev.netwright.app.ui;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps a copy of unsaved changes so that a crash loses little: every half minute, when the design
 * is dirty, it is written to {@code autosave.json} in the autosave folder (with the path of the
 * design's own file beside it). A clean close or a save removes the copy; a copy found at start
 * means the last session did not end cleanly, and the window offers it back.
 *
 * <p>The folder is {@code ~/.netwright/autosave}, or the {@code netwright.autosave} system property.
 */
final class Autosave {
  static final Duration EVERY = Duration.seconds(30);

  private final DesignSession session;
  private final Path folder;
  private final DesignFile designFile = new DesignFile();
  private final Timeline timer;

  Autosave(DesignSession session, Path folder) {
    this.session = session;
    this.folder = folder;
    this.timer = new Timeline(new KeyFrame(EVERY, event -> saveIfDirty()));
    timer.setCycleCount(Animation.INDEFINITE);
  }

  static Path defaultFolder() {
    String configured = System.getProperty("netwright.autosave");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".netwright", "autosave");
  }

  void start() {
    timer.play();
  }

  void stop() {
    timer.stop();
  }

  Path copy() {
    return folder.resolve("autosave.json");
  }

  private Path origin() {
    return folder.resolve("autosave.origin");
  }

  /** Writes the copy now when there are unsaved changes; removes it when there are none. */
  void saveIfDirty() {
    if (!session.isDirty()) {
      discard();
      return;
    }
    try {
      Files.createDirectories(folder);
      designFile.write(session.document(), copy());
      Path file = session.file();
      Files.writeString(origin(), file == null ? "" : file.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    } catch (IOException | NetwrightException e) {
      // an autosave that fails must not interrupt the person's work; the next tick tries again
    }
  }

  /** Removes the copy (after a save or a clean close). */
  void discard() {
    try {
      Files.deleteIfExists(copy());
      Files.deleteIfExists(origin());
    } catch (IOException e) {
      // a stale copy is offered once more at the next start, which is harmless
    }
  }

  /** The design left by a session that did not end cleanly, with the file it belonged to. */
  Optional<Recovered> leftOver() {
    if (!Files.isRegularFile(copy())) {
      return Optional.empty();
    }
    try {
      Document document = designFile.read(copy());
      String origin = Files.isRegularFile(origin()) ? Files.readString(origin(), StandardCharsets.UTF_8).trim() : "";
      return Optional.of(new Recovered(document, origin.isEmpty() ? null : Path.of(origin)));
    } catch (IOException | NetwrightException e) {
      discard();
      return Optional.empty();
    }
  }

  /** An autosaved design and the file it came from (null for a design never saved). */
  record Recovered(Document document, Path file) {
  }
}
