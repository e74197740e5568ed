package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Design → template → design gives the same topology, and exporting that again gives the same bytes. */
class TemplateRoundTripTest {

  static Stream<Arguments> designs() throws Exception {
    List<Path> samples = CfnDesigns.samples();
    assertFalse(samples.isEmpty(), "no samples in " + CfnDesigns.samplesFolder());
    List<Arguments> designs = new ArrayList<>();
    for (Path sample : samples) {
      Document document = new DesignFile().read(sample);
      for (TemplateFormat format : TemplateFormat.values()) {
        designs.add(Arguments.of(sample.getFileName().toString(), document, format));
      }
    }
    for (TemplateFormat format : TemplateFormat.values()) {
      designs.add(Arguments.of("everything", CfnDesigns.everything(), format));
      designs.add(Arguments.of("external peers", CfnDesigns.externalPeers(), format));
      designs.add(Arguments.of("transit", CfnDesigns.transit(), format));
    }
    return designs.stream();
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("designs")
  void designToTemplateToDesign_givesAnEqualTopology_andTheSameTemplateAgain(String name, Document design, TemplateFormat format) {
    String template = TemplateExporter.export(design, format);

    ImportResult imported = TemplateImporter.parse(template, name + "." + format.slug(), null);

    assertEquals(design.topology(), imported.document().topology());
    assertEquals(design.region(), imported.document().region());
    assertEquals(design.name(), imported.document().name());
    assertEquals(design.description(), imported.document().description());
    assertEquals(template, TemplateExporter.export(imported.document(), format));
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("designs")
  void theSameDesign_givesByteIdenticalTemplatesEveryTime(String name, Document design, TemplateFormat format) {
    assertEquals(TemplateExporter.export(design, format), TemplateExporter.export(design, format));
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("designs")
  void yamlAndJson_holdTheSameTemplate(String name, Document design, TemplateFormat format) {
    String yaml = TemplateExporter.export(design, TemplateFormat.YAML);
    String json = TemplateExporter.export(design, TemplateFormat.JSON);

    assertEquals(JsonTemplateParser.parse(json, "t.json").root(), YamlTemplateParser.parse(yaml, "t.yaml").root());
  }
}
