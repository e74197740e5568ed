package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFilesTest {
  @TempDir
  Path dir;

  @Test
  void aJsonFileName_asksForJson_andAnyOtherForYaml() {
    assertEquals(TemplateFormat.JSON, TemplateFiles.formatFor(Path.of("net.template.JSON")));
    assertEquals(TemplateFormat.YAML, TemplateFiles.formatFor(Path.of("net.yml")));
    assertEquals(TemplateFormat.YAML, TemplateFiles.formatFor(Path.of("template")));
  }

  @Test
  void write_replacesTheFileWhole_andLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("net.yaml");
    Files.writeString(file, "old");

    TemplateFiles.write(CfnDesigns.everything(), TemplateFormat.YAML, file);

    assertEquals(TemplateExporter.export(CfnDesigns.everything(), TemplateFormat.YAML), Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
