package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.format.DesignFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of hostile inputs (issue 12, item 15; see {@link HostileTexts}) thrown at the loaders
 * and at the command line, in-process. The only answers allowed: a value, exit 1, or exit 2 with
 * exactly one {@code error: } line on stderr, without a stack trace, a library's class names or a
 * temporary file's name.
 */
class HostileInputProperties {
  /** What a message for people never shows: stack frames, library packages and exception names, our temporary files. */
  private static final Pattern LEAK = Pattern.compile(
      "\\tat |com\\.fasterxml|org\\.yaml|org\\.snakeyaml|picocli\\.|java\\.|[A-Za-z]+(Exception|Error)\\b|StreamReadConstraints"
          + "|DeserializationFeature|\\.saving|please report this");
  private static final List<String> TARGETS = List.of("s3", "dynamodb", "internet", " internet", "service:ssm", "service:",
      "service:" + "a".repeat(100_000), "service:ecr..api", "Vpc", "Sub", "nope", "-", "\u0000", "٤٤٣", "service:SSM", "x".repeat(300));
  private static Path dir;

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("hostile");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return HostileTexts.any();
  }

  @Provide
  Arbitrary<List<String>> command() {
    return Arbitraries.oneOf(
        Arbitraries.of(List.of("validate"), List.of("validate", "--format", "json"), List.of("paths"), List.of("cost"), List.of("advise"),
            List.of("export"), List.of("export", "--to", "cfn-json")),
        Arbitraries.of(TARGETS).map(target -> List.of("reach", "--from", "Sub", "--to", target)));
  }

  @Property(tries = 1000)
  void theTemplateLoader_givesADesignOrOneLineNamingTheFile(@ForAll("hostile") String text) {
    try {
      TemplateImporter.parse(text, "hostile.yaml", null);
    } catch (NetwrightException e) {
      assertIsOneLineForPeople(e.getMessage());
      assertTrue(e.getMessage().startsWith("hostile.yaml"), e.getMessage());
    }
  }

  @Property(tries = 500)
  void theDesignLoader_givesADesignOrOneLineNamingTheFile(@ForAll("hostile") String text) {
    try {
      new DesignFile().parse(text, "hostile.json");
    } catch (NetwrightException e) {
      assertIsOneLineForPeople(e.getMessage());
      assertTrue(e.getMessage().startsWith("hostile.json"), e.getMessage());
    }
  }

  @Property(tries = 300)
  void theCommandLine_answersExits1OrGivesOneErrorLine(@ForAll("hostile") String text, @ForAll("command") List<String> command)
      throws IOException {
    // a lone surrogate half has no UTF-8 form: getBytes writes '?' for it, as an editor would refuse to
    Path file = Files.write(dir.resolve("input"), text.getBytes(StandardCharsets.UTF_8));

    assertAllowedAnswer(run(command, file.toString()));
  }

  @Property(tries = 40)
  void theCommandLine_refusesFilesThatAreNotRegularFilesInOneLine(@ForAll("oddFile") String path, @ForAll("command") List<String> command) {
    assertAllowedAnswer(run(command, path));
  }

  @Provide
  Arbitrary<String> oddFile() {
    return Arbitraries.of("/dev/zero", "/dev/null", "/dev/urandom", "/", "/proc/self/fd", "/no/such/file", "", "-", "\u0000");
  }

  private static CommandLineRun run(List<String> command, String file) {
    List<String> args = new ArrayList<>(command);
    args.add(1, file);
    if (command.get(0).equals("export")) {
      args.add("-o");
      args.add(dir.resolve("out.yaml").toString());
    }
    return CommandLineRun.of(args.toArray(String[]::new));
  }

  private static void assertAllowedAnswer(CommandLineRun run) {
    int code = run.exitCode();
    assertTrue(code == 0 || code == 1 || code == 2, "exit " + code);
    if (code == 2) {
      assertTrue(run.err().startsWith("error: ") && run.err().endsWith("\n"), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertIsOneLineForPeople(run.err().strip());
    } else {
      assertFalse(LEAK.matcher(run.err()).find(), run.err());
    }
  }

  private static void assertIsOneLineForPeople(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    assertFalse(LEAK.matcher(message).find(), message);
    assertTrue(message.length() < 2_000, "a readable line, not " + message.length() + " characters");
  }
}
