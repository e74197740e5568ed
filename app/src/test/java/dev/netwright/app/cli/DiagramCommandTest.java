package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagram}: the designer's drawing as semantic SVG or PNG, without a display. */
class DiagramCommandTest {
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"");

  @TempDir
  Path dir;

  @Test
  void diagram_writesSemanticSvgToStandardOutput_oneGroupPerElementAndOnePathPerConnection() {
    Path sample = CommandLineRun.samples().resolve("three-tier.json");

    CommandLineRun run = CommandLineRun.of("diagram", sample.toString());

    assertEquals(0, run.exitCode(), run.err());
    String svg = run.out();
    assertTrue(svg.startsWith("<?xml"), svg);
    assertTrue(svg.contains("<g data-id=\"ThreeTierVpc\" data-kind=\"vpc\">\n"));
    assertTrue(svg.contains("<g data-id=\"PublicSubnetA\" data-kind=\"subnet\">\n"));
    assertTrue(svg.contains("<g data-id=\"ThreeTierVpc/us-east-1a\" data-kind=\"availability-zone\">"));
    assertTrue(svg.contains("<g data-id=\"NatGatewayA\" data-kind=\"nat-gateway\">"));
    assertTrue(svg.contains(">public-a</text>"), "a name is one text element");
    assertTrue(svg.contains("data-from=\"PublicSubnetA\" data-to=\"PublicRouteTable\" data-kind=\"association\""));
    assertTrue(svg.contains("data-from=\"PublicRouteTable\" data-to=\"InternetGateway\" data-kind=\"route\""));
    assertEquals("", run.err());
  }

  @Test
  void anInterfaceEndpointWithInterfacesInTwoSubnets_isDrawnInEach_underOneId() {
    Path sample = CommandLineRun.samples().resolve("ssm-interface-endpoints.json");

    String svg = CommandLineRun.of("diagram", sample.toString()).out();

    assertEquals(2, count(svg, "<g data-id=\"SsmEndpoint\" data-kind=\"interface-endpoint\">"), svg);
  }

  @Test
  void diagram_toPngAtScale2_writesAnImageTwiceTheSvgsSize() throws Exception {
    Path sample = CommandLineRun.samples().resolve("peered-vpcs.json");
    Path out = dir.resolve("peered.png");

    CommandLineRun run = CommandLineRun.of("diagram", sample.toString(), "-o", out.toString(), "--scale", "2");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out)));
    Matcher box = VIEW_BOX.matcher(CommandLineRun.of("diagram", sample.toString()).out());
    assertTrue(box.find());
    assertEquals(Math.round(Double.parseDouble(box.group(1)) * 2), image.getWidth());
    assertEquals(Math.round(Double.parseDouble(box.group(2)) * 2), image.getHeight());
  }

  @Test
  void diagram_toSvgFile_writesTheSameSvgAsStandardOutput() throws Exception {
    Path sample = CommandLineRun.samples().resolve("s3-cost-leak.json");
    Path out = dir.resolve("leak.svg");

    assertEquals(0, CommandLineRun.of("diagram", sample.toString(), "-o", out.toString()).exitCode());

    assertEquals(CommandLineRun.of("diagram", sample.toString()).out(), Files.readString(out));
  }

  @Test
  void badInput_exitsWith2_oneErrorLine_andWritesNothing() throws Exception {
    Path sample = CommandLineRun.samples().resolve("three-tier.json");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"netwright-design\", \"schemaVersion\": 1, \"elements\": [");
    Path out = dir.resolve("out.png");

    for (String[] args : new String[][] {{"diagram", broken.toString(), "-o", out.toString()},
        {"diagram", dir.resolve("missing.json").toString(), "-o", out.toString()},
        {"diagram", sample.toString(), "-o", dir.resolve("out.gif").toString()},
        {"diagram", sample.toString(), "-o", out.toString(), "--scale", "0"},
        {"diagram", sample.toString(), "-o", dir.resolve("no/such/folder/out.svg").toString()}}) {
      CommandLineRun run = CommandLineRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args));
      assertTrue(run.err().startsWith("error: ") && run.err().strip().lines().count() == 1, run.err());
      assertFalse(run.err().contains(".saving"), run.err());
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "only the broken input is left");
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
