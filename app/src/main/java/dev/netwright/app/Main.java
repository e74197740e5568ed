package dev.netwright.app;

import dev.netwright.app.cli.NetwrightCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The jar's entry point. With no arguments, {@code open}, or a single file it opens the designer;
 * with a subcommand it runs the command line without touching JavaFX, so scripts work on machines
 * without a display. This class must not extend or import JavaFX classes: a class-path main that
 * does fails with "JavaFX runtime components are missing".
 */
public final class Main {
  private static final Set<String> COMMANDS = Set.of(
      "validate", "reach", "paths", "export", "import", "plan", "apply", "cost", "advise", "help", "-h", "--help", "-V", "--version");

  private Main() {
  }

  public static void main(String[] args) {
    if (opensDesigner(args)) {
      String file = args.length == 0 ? null : args[args.length - 1].equals("open") ? null : args[args.length - 1];
      System.exit(DesignerLauncher.open(file));
    }
    System.exit(NetwrightCommand.run(args));
  }

  static boolean opensDesigner(String[] args) {
    if (args.length == 0) {
      return true;
    }
    if (args[0].equals("open")) {
      return args.length <= 2;
    }
    return args.length == 1 && !COMMANDS.contains(args[0]) && !args[0].startsWith("-") && Files.exists(Path.of(args[0]));
  }
}
