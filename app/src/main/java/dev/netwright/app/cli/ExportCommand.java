package dev.netwright.app.cli;

import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import java.nio.file.Path;
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

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the template (default, or -: standard output).")
  private Path output;

  @Override
  public Integer call() {
    TemplateFormat format = TemplateFormat.fromSlug(to);
    String template = TemplateExporter.export(Inputs.load(file).document(), format);
    CommandOutput.write(spec, output, template);
    return ExitCode.OK;
  }
}
