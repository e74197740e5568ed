package dev.netwright.model.format;

import dev.netwright.model.document.Document;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@link SampleDesigns} into a folder: {@code java ... SampleGenerator samples [FILE]} (only
 * that sample when FILE is named). Run by hand when a scenario changes; hand adjustments to the
 * committed files' layouts are then redone.
 */
final class SampleGenerator {
  private SampleGenerator() {
  }

  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "samples");
    DesignFile file = new DesignFile();
    for (Map.Entry<String, Document> sample : SampleDesigns.all().entrySet()) {
      if (args.length > 1 && !args[1].equals(sample.getKey())) {
        continue;
      }
      file.write(sample.getValue(), folder.resolve(sample.getKey()));
      System.out.println("wrote " + folder.resolve(sample.getKey()));
    }
  }
}
