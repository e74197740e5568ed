package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void validate_answersEverySampleInTheJsonShapeOfTheContract() throws Exception {
    List<Path> samples = CommandLineRun.sampleFiles();
    assertTrue(samples.size() >= 6, "expected at least six samples, found " + samples);
    for (Path sample : samples) {
      CommandLineRun run = CommandLineRun.of("validate", sample.toString(), "--format", "json");
      assertTrue(run.exitCode() == 0 || run.exitCode() == 1, sample + " exited " + run.exitCode() + ": " + run.err());
      JsonNode findings = JSON.readTree(run.out()).get("findings");
      assertTrue(findings.isArray(), sample + ": no findings array");
      boolean hasError = false;
      for (JsonNode finding : findings) {
        assertTrue(finding.get("rule").isTextual());
        assertTrue(List.of("error", "warning", "info").contains(finding.get("severity").asText()));
        assertTrue(finding.get("elements").isArray());
        assertTrue(finding.get("message").asText().length() > 10);
        hasError |= finding.get("severity").asText().equals("error");
      }
      assertEquals(hasError ? 1 : 0, run.exitCode(), sample + ": exit code must say whether errors were found");
    }
  }

  @Test
  void validate_onATruncatedDesign_exitsTwoWithOneErrorLine() throws Exception {
    Path sample = CommandLineRun.sampleFiles().get(0);
    byte[] bytes = Files.readAllBytes(sample);
    Path truncated = dir.resolve("truncated.json");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    CommandLineRun run = CommandLineRun.of("validate", truncated.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
    assertTrue(lines.get(0).contains("truncated.json"), "the message names the file: " + lines.get(0));
  }

  @Test
  void validate_onAMissingFile_exitsTwoNamingIt() {
    CommandLineRun run = CommandLineRun.of("validate", dir.resolve("nothing.json").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: ") && run.err().contains("nothing.json"), run.err());
  }

  @Test
  void validate_withAnUnknownFormat_isAUsageError() throws Exception {
    Path sample = CommandLineRun.sampleFiles().get(0);

    CommandLineRun run = CommandLineRun.of("validate", sample.toString(), "--format", "xml");

    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: "));
  }

  @Test
  void validate_inText_endsWithACountOfFindings() throws Exception {
    Path sample = CommandLineRun.sampleFiles().get(0);

    CommandLineRun run = CommandLineRun.of("validate", sample.toString());

    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).matches(".*: \\d+ errors?, \\d+ warnings?, \\d+ info"), run.out());
  }

  @Test
  void aFileThatIsNotUtf8_isRefusedWithOneLine() throws Exception {
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

    CommandLineRun run = CommandLineRun.of("validate", binary.toString());

    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void noCommand_isAUsageError() {
    CommandLineRun run = CommandLineRun.of();

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertEquals("", new String(new byte[0], StandardCharsets.UTF_8) + run.out());
  }
}
