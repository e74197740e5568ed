package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.cfn.ImportResult;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.UnsoundDesign;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.format.InputFiles;
import dev.netwright.model.format.JsonTop;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a FILE argument: a Netwright design or a CloudFormation template, told apart by content
 * (a design says {@code "format": "netwright-design"}), never by the file name.
 */
public final class Inputs {
  private Inputs() {
  }

  /** The design in a file; a {@link NetwrightException} naming the file and the place otherwise. */
  public static LoadedInput load(Path file) {
    return load(file, null);
  }

  /**
   * The design in a file; for a CloudFormation template, {@code region} is the region it is read
   * for ({@code AWS::Region}), or null to take it from the template (see docs/cloudformation.md).
   */
  public static LoadedInput load(Path file, Region region) {
    String text = read(file);
    // the top of a JSON file is read once, without a tree, to tell what it is; then one parser reads it
    JsonTop top = JsonTop.of(text);
    if (isDesign(text, top)) {
      return new LoadedInput(new DesignFile().parse(text, file.toString()), List.of());
    }
    if (TemplateImporter.looksLikeTemplate(text, top)) {
      ImportResult imported = TemplateImporter.parse(text, file.toString(), region);
      return new LoadedInput(imported.document(), imported.findings());
    }
    throw new NetwrightException(file + ": neither a Netwright design (it has no \"format\": \"netwright-design\")"
        + " nor a CloudFormation template (it has no Resources)");
  }

  /**
   * The design in a file, for the commands that answer from its paths (reach, paths, cost, advise):
   * a design with an error that makes paths meaningless (see {@link UnsoundDesign}) is refused with
   * the first such error, as validate reports it, instead of answered as if it were sound.
   */
  public static LoadedInput loadSound(Path file) {
    LoadedInput input = load(file);
    List<Finding> errors = UnsoundDesign.errors(input.document().topology());
    if (!errors.isEmpty()) {
      Finding first = errors.get(0);
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
      String message = first.message().endsWith(".") ? first.message().substring(0, first.message().length() - 1) : first.message();
      throw new NetwrightException(file + ": " + first.rule() + " " + first.elements() + ": " + message + more
          + "; 'netwright validate' lists every finding");
    }
    return input;
  }

  private static boolean isDesign(String text, JsonTop top) {
    if (top.valid()) {
      return DesignFile.isDesign(top);
    }
    // not valid JSON: a damaged design still names its format near the top; let the design
    // loader report where it breaks
    return text.contains("\"netwright-design\"");
  }

  static String read(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(InputFiles.read(file))).toString();
    } catch (CharacterCodingException e) {
      throw new NetwrightException(file + ": not UTF-8 text");
    }
  }
}
