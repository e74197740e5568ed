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
      "validate", "reach", "paths", "export", "import", "plan", "apply", "cost", "advise", "diagram", "help", "-h", "--help", "-V", "--version");

  static final String OPEN_USAGE = String.join(System.lineSeparator(),
      "Usage: netwright [open] [FILE]",
      "Opens the designer window on FILE (a Netwright design or a CloudFormation template),",
      "or on the default sample design when no FILE is named. Needs a display.");

  private Main() {
  }

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("open") && (args[1].equals("-h") || args[1].equals("--help"))) {
      System.out.println(OPEN_USAGE);
      System.exit(0);
    }
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
    // one argument that is no command: a file to open (the launcher says so when it does not exist)
    return args.length == 1 && !COMMANDS.contains(args[0]) && !args[0].startsWith("-")
        && (Files.exists(Path.of(args[0])) || args[0].contains(".") || args[0].contains("/"));
  }
}
