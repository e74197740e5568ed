package dev.netwright.model.diagram.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagram-quality bar of issue 9, measured on the semantic SVG of every sample, every test
 * template and generated designs of 1, 10 and 100 VPCs: no connection through a box it does not
 * connect, no sibling boxes overlapping, no name cut, no label on a box, a name or another label.
 */
class DiagramQualityOverDesignsTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path TEMPLATES = Path.of("src", "test", "resources", "cfn");
  private final DiagramQuality quality = DiagramQuality.forDrawingFont();

  static Stream<Arguments> designs() throws IOException {
    List<Arguments> designs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        designs.add(Arguments.of("sample " + file.getFileName(), new DesignFile().read(file)));
      }
    }
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("malformed")).sorted().toList()) {
        designs.add(Arguments.of("template " + file.getFileName(), TemplateImporter.read(file, null).document()));
      }
    }
    for (int vpcs : new int[] {1, 10, 100}) {
      designs.add(Arguments.of(vpcs + " generated VPCs", GeneratedDesigns.ofVpcs(vpcs)));
    }
    designs.add(Arguments.of("hub and 4 spokes", HubAndSpokeDesign.of(4)));
    designs.add(Arguments.of("hub and 12 spokes", HubAndSpokeDesign.of(12)));
    return designs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void theDrawing_crossesNoBox_overlapsNoSibling_cutsNoName_andKeepsLabelsClear(String name, Document design) {
    String svg = SvgWriter.write(DrawingBuilder.draw(design));

    QualityReport report = quality.measure(svg, names(design));

    System.out.println("diagram quality, " + name + ": " + report.counts());
    assertTrue(report.clean(), name + ": " + report.describe());
  }

  private static Map<String, String> names(Document design) {
    Map<String, String> names = new HashMap<>();
    for (Element element : design.topology().elements()) {
      names.put(element.id().value(), element.label());
    }
    return names;
  }
}
