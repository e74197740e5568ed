package dev.netwright.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the designer remembers between runs: the window's size and place, and the recently opened
 * files. Kept in the user's Java preferences under {@code dev/netwright/designer}, or under the
 * node named by the {@code netwright.prefs} system property (tests use their own node).
 */
public final class UserSettings {
  /** How many recent files the File menu lists. */
  public static final int MAX_RECENT = 8;

  private final Preferences node;

  private UserSettings(Preferences node) {
    this.node = node;
  }

  public static UserSettings load() {
    return new UserSettings(Preferences.userRoot().node(System.getProperty("netwright.prefs", "dev/netwright/designer")));
  }

  /** The remembered window box, or the given default the first time. */
  public WindowBox window(WindowBox fallback) {
    return new WindowBox(node.getDouble("window.x", fallback.x()), node.getDouble("window.y", fallback.y()),
        node.getDouble("window.width", fallback.width()), node.getDouble("window.height", fallback.height()),
        node.getBoolean("window.maximized", fallback.maximized()));
  }

  public void rememberWindow(WindowBox box) {
    node.putDouble("window.x", box.x());
    node.putDouble("window.y", box.y());
    node.putDouble("window.width", box.width());
    node.putDouble("window.height", box.height());
    node.putBoolean("window.maximized", box.maximized());
    flush();
  }

  /** The recently opened or saved files, newest first. */
  public List<Path> recentFiles() {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String value = node.get("recent." + i, null);
      if (value != null && !value.isBlank()) {
        files.add(Path.of(value));
      }
    }
    return files;
  }

  /** Puts a file first in the recent list (dropping it from further down, and the oldest past the limit). */
  public void rememberFile(Path file) {
    List<Path> files = new ArrayList<>(recentFiles());
    Path absolute = file.toAbsolutePath().normalize();
    files.remove(absolute);
    files.add(0, absolute);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < files.size()) {
        node.put("recent." + i, files.get(i).toString());
      } else {
        node.remove("recent." + i);
      }
    }
    flush();
  }

  public void forgetFile(Path file) {
    List<Path> files = new ArrayList<>(recentFiles());
    files.remove(file.toAbsolutePath().normalize());
    for (int i = 0; i < MAX_RECENT; i++) {
      node.remove("recent." + i);
    }
    for (int i = 0; i < files.size(); i++) {
      node.put("recent." + i, files.get(i).toString());
    }
    flush();
  }

  /** Forgets everything (tests start clean). */
  public void clear() {
    try {
      node.clear();
    } catch (BackingStoreException e) {
      // preferences are a convenience: a store that cannot be written loses the memory, nothing else
    }
  }

  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // as above: nothing a person needs to hear about
    }
  }

  /** A window's place and size. */
  public record WindowBox(double x, double y, double width, double height, boolean maximized) {
  }
}
