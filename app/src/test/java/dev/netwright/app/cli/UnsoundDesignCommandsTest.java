package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design with an error that makes its paths meaningless (issue 12, item 13: a route whose target
 * is a route table): validate reports it (exit 1); reach, paths, cost and advise refuse it with
 * that error (exit 2) instead of answering as if the design were sound.
 */
class UnsoundDesignCommandsTest {
  private static final String ERROR = ": ROUTE-TARGET-MISSING [Rt, Other]: Route table Rt sends 0.0.0.0/0 to route table Other,"
      + " which cannot take routed traffic; point the route at a gateway, endpoint or peering, or remove it;"
      + " 'netwright validate' lists every finding\n";

  @TempDir
  Path dir;

  private Path template() throws Exception {
    Path file = dir.resolve("route-to-route-table.yaml");
    try (InputStream in = getClass().getResourceAsStream("/cfn/route-to-route-table.yaml")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void validate_reportsTheRouteToARouteTable_asAnError() throws Exception {
    CommandLineRun run = CommandLineRun.of("validate", template().toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("ROUTE-TARGET-MISSING [Rt, Other]"), run.out());
  }

  @Test
  void reachPathsCostAndAdvise_refuseTheDesignWithThatError() throws Exception {
    Path file = template();
    for (List<String> command : List.of(List.of("paths"), List.of("cost"), List.of("advise"),
        List.of("reach", "--from", "Sub", "--to", "s3"), List.of("paths", "--format", "json"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add(1, file.toString());

      CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));

      assertEquals(2, run.exitCode(), command + ": " + run.out());
      assertEquals("", run.out(), command.toString());
      assertEquals("error: " + file + ERROR, run.err(), command.toString());
    }
  }
}
