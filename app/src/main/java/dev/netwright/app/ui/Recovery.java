package dev.netwright.app.ui;

import dev.netwright.app.ui.canvas.DesignCanvas;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import javafx.stage.Window;

/**
 * Offers the autosaved copy a session left behind when it did not end cleanly. Recovered changes
 * come back unsaved, as one undo step over the design's file (or over an empty design).
 */
final class Recovery {
  private Recovery() {
  }

  static void offer(Window owner, DesignSession session, Autosave autosave, DesignCanvas canvas) {
    autosave.leftOver().ifPresent(recovered -> {
      String what = recovered.file() == null ? "an unsaved design" : recovered.file().getFileName().toString();
      if (Dialogs.askToRecover(owner, what)) {
        Document saved = Document.empty(recovered.document().name(), recovered.document().region());
        if (recovered.file() != null) {
          try {
            saved = DesignFiles.complete(new DesignFile().read(recovered.file()));
          } catch (NetwrightException gone) {
            // the file is gone or broken: the recovered changes stand on an empty design
          }
        }
        session.replaceRecovered(saved, DesignFiles.complete(recovered.document()), recovered.file());
        canvas.fit();
      }
      autosave.discard();
    });
  }
}
