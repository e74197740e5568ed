package dev.netwright.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which file to open or where to save. The window uses the platform's file dialog; tests,
 * which cannot drive a native dialog, give their own answers.
 */
public interface FileChooserPrompt {
  /** A file to open; {@code what} names the kind ("Netwright design", "CloudFormation template"). */
  Optional<Path> chooseToOpen(String what, String... extensions);

  /** Where to save, suggesting a name. */
  Optional<Path> chooseToSave(String what, String suggestedName, String... extensions);

  /** The platform's file dialogs over {@code owner}. */
  static FileChooserPrompt platform(Window owner) {
    return new FileChooserPrompt() {
      private File lastFolder;

      @Override
      public Optional<Path> chooseToOpen(String what, String... extensions) {
        FileChooser chooser = chooser("Open " + what, what, extensions);
        return remember(chooser.showOpenDialog(owner));
      }

      @Override
      public Optional<Path> chooseToSave(String what, String suggestedName, String... extensions) {
        FileChooser chooser = chooser("Save " + what, what, extensions);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
      }

      private FileChooser chooser(String title, String what, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String[] patterns = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
          patterns[i] = "*." + extensions[i];
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
          chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
      }

      private Optional<Path> remember(File file) {
        if (file == null) {
          return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
      }
    };
  }
}
