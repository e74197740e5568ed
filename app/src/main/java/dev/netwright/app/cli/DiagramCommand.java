package dev.netwright.app.cli;

import dev.netwright.app.image.PngImage;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.format.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright diagram FILE [-o OUT.svg|OUT.png] [--scale N]}: the designer's drawing without
 * a display, as semantic SVG (on stdout without {@code -o}) or as PNG (by the extension of OUT).
 * The drawing is computed and painted completely before anything is written, so bad input leaves
 * nothing behind.
 */
@Command(name = "diagram", description = "Draws a design as the designer does, as SVG or PNG, without a display.")
public final class DiagramCommand implements Callable<Integer> {
  static final int MAX_SCALE = 4;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.svg|OUT.png",
      description = "Where to write the image; .svg or .png says the format (default: SVG on standard output).")
  private String output;

  @Option(names = "--scale", paramLabel = "N", description = "Pixels per drawing unit for PNG, 1 to 4 (default: 1).")
  private int scale = 1;

  @Override
  public Integer call() {
    System.setProperty("java.awt.headless", "true");
    if (scale < 1 || scale > MAX_SCALE) {
      throw new NetwrightException("--scale " + scale + " is not between 1 and " + MAX_SCALE);
    }
    boolean toStdout = output == null || output.equals("-");
    boolean png = !toStdout && output.toLowerCase(Locale.ROOT).endsWith(".png");
    if (!toStdout && !png && !output.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      throw new NetwrightException(output + ": say the image format by the extension, .svg or .png");
    }
    Drawing drawing = DrawingBuilder.draw(Inputs.load(file).document());
    if (toStdout) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(SvgWriter.write(drawing));
      out.flush();
      return ExitCode.OK;
    }
    byte[] bytes = png ? PngImage.of(drawing, scale) : SvgWriter.write(drawing).getBytes(StandardCharsets.UTF_8);
    write(Path.of(output), bytes);
    return ExitCode.OK;
  }

  /** Replaces a regular file in one step; writes through a device, a FIFO or a symlink. */
  static void write(Path target, byte[] bytes) {
    try {
      if (Files.exists(target) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.write(target, bytes);
      } else {
        AtomicFile.replace(target, bytes);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new NetwrightException(target + ": cannot be written (no such folder)");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new NetwrightException(target + ": cannot be written (permission denied)");
    } catch (IOException e) {
      throw new NetwrightException(target + ": cannot be written");
    }
  }
}
