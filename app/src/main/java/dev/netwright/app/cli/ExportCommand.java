package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright export FILE [--to cfn-yaml|cfn-json] [-o OUT]}: the design (or a template, read
 * and written anew) as a CloudFormation template, on stdout or written whole to OUT: the file is
 * replaced in one step, so a failed export leaves nothing half written.
 */
@Command(name = "export", description = "Writes a design as a CloudFormation template (YAML or JSON).")
public final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Option(names = "--to", paramLabel = "cfn-yaml|cfn-json", description = "Template format (default: cfn-yaml).")
  private String to = TemplateFormat.YAML.slug();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the template (default: standard output).")
  private Path output;

  @Override
  public Integer call() {
    TemplateFormat format = TemplateFormat.fromSlug(to);
    String template = TemplateExporter.export(Inputs.load(file).document(), format);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(template);
      out.flush();
    } else {
      writeAtomically(output, template);
    }
    return ExitCode.OK;
  }

  /** Writes next to the target, then moves over it, so that readers see the old file or the new one, never a part. */
  static void writeAtomically(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new NetwrightException(target + ": cannot be written (" + e.getMessage() + ")");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the move took it, or there is nothing more to clean up
        }
      }
    }
  }
}
