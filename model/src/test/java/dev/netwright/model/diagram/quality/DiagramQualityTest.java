package dev.netwright.model.diagram.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.diagram.TextMetrics;
import dev.netwright.model.diagram.route.Point;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramQualityTest {
  /** Half the size a character, ascent 0.8 and descent 0.2 of the size: easy numbers for hand-made pictures. */
  private final DiagramQuality quality = new DiagramQuality(new TextMetrics() {
    @Override
    public double width(String text, double size, boolean bold) {
      return text.length() * size / 2;
    }

    @Override
    public double lineHeight(double size) {
      return size * 1.2;
    }
  }, 0.8, 0.2);

  private static final String VPC = """
      <g data-id="vpc" data-kind="vpc"><rect x="0" y="0" width="600" height="400"/>
        <text x="10" y="20" font-size="10">vpc</text>
        <g data-id="a" data-kind="subnet"><rect x="20" y="50" width="100" height="60"/><text x="25" y="70" font-size="10">a</text></g>
        <g data-id="b" data-kind="subnet"><rect x="400" y="50" width="100" height="60"/><text x="405" y="70" font-size="10">b</text></g>
        <g data-id="c" data-kind="subnet"><rect x="200" y="200" width="100" height="60"/><text x="205" y="220" font-size="10">c</text></g>
      </g>
      <g data-id="rt" data-kind="route-table"><rect x="700" y="50" width="100" height="60"/><text x="705" y="70" font-size="10">rt</text></g>
      """;

  @Test
  void aCleanPicture_hasNoFindings() {
    String svg = svg(VPC + """
        <path data-from="a" data-to="b" data-kind="association" d="M120 80 L400 80"/>
        <text x="200" y="150" font-size="10">0.0.0.0/0</text>
        """);

    QualityReport report = quality.measure(svg, Map.of("a", "a", "b", "b", "vpc", "vpc"));

    assertTrue(report.clean(), report.describe());
  }

  @Test
  void aConnectionThroughABoxItDoesNotConnect_isCounted() {
    String svg = svg(VPC + "<path data-from=\"a\" data-to=\"rt\" data-kind=\"association\" d=\"M70 110 L70 230 L700 230\"/>");

    QualityReport report = quality.measure(svg, Map.of());

    assertEquals(List.of("association a → rt runs through subnet c"), report.crossings());
  }

  @Test
  void aConnectionLeavingTheVpcItsSubnetLiesIn_crossesNothing() {
    String svg = svg(VPC + "<path data-from=\"b\" data-to=\"rt\" data-kind=\"association\" d=\"M500 80 L700 80\"/>");

    assertEquals(List.of(), quality.measure(svg, Map.of()).crossings());
  }

  @Test
  void aBoxContainingAnEndByGeometry_mayBeCrossedToo() {
    String svg = svg("""
        <g data-id="zone" data-kind="zone"><rect x="0" y="0" width="300" height="300"/></g>
        <g data-id="s" data-kind="subnet"><rect x="50" y="50" width="100" height="50"/></g>
        <g data-id="t" data-kind="route-table"><rect x="400" y="50" width="100" height="50"/></g>
        <path data-from="s" data-to="t" data-kind="association" d="M150 75 L400 75"/>
        """);

    assertEquals(List.of(), quality.measure(svg, Map.of()).crossings());
  }

  @Test
  void siblingsOnTopOfEachOther_areCounted_butChildrenInsideTheirParentAreNot() {
    String svg = svg(VPC + """
        <g data-id="d" data-kind="subnet"><rect x="760" y="80" width="100" height="60"/></g>
        """);

    assertEquals(List.of("route-table rt overlaps subnet d"), quality.measure(svg, Map.of()).siblingOverlaps());
  }

  @Test
  void aNameWithAnEllipsis_isCut() {
    String svg = svg("<g data-id=\"e\" data-kind=\"gateway-endpoint\"><rect x=\"0\" y=\"0\" width=\"200\" height=\"40\"/>"
        + "<text x=\"5\" y=\"20\" font-size=\"10\">GatewayEndpoi…</text></g>");

    assertEquals(1, quality.measure(svg, Map.of()).namesCut().size());
  }

  @Test
  void aNameWiderThanItsBox_isCut() {
    String svg = svg("<g data-id=\"e\" data-kind=\"subnet\"><rect x=\"0\" y=\"0\" width=\"50\" height=\"40\"/>"
        + "<text x=\"5\" y=\"20\" font-size=\"10\">a-long-subnet-name</text></g>");

    assertEquals(List.of("e: \"a-long-subnet-name\" is 90.0 wide, wider than its box (50.0)"),
        quality.measure(svg, Map.of()).namesCut());
  }

  @Test
  void aWrappedNameFittingItsBox_isNotCut_butOneOtherThanTheDesignsIs() {
    String svg = svg("<g data-id=\"e\" data-kind=\"subnet\"><rect x=\"0\" y=\"0\" width=\"60\" height=\"50\"/>"
        + "<text x=\"5\" y=\"15\" font-size=\"10\"><tspan x=\"5\" y=\"15\">private</tspan><tspan x=\"5\" y=\"30\">subnet</tspan></text></g>");

    assertEquals(List.of(), quality.measure(svg, Map.of("e", "private subnet")).namesCut());
    assertEquals(List.of("e: drawn as \"private subnet\", named \"private subnet a\""),
        quality.measure(svg, Map.of("e", "private subnet a")).namesCut());
  }

  @Test
  void aLabelOnABox_isCounted_butOneInsideTheVpcItsLineRunsInIsNot() {
    String svg = svg(VPC + """
        <path data-from="a" data-to="b" data-kind="route" d="M120 80 L400 80"/>
        <text x="200" y="150" font-size="10">in the vpc</text>
        <path data-from="b" data-to="rt" data-kind="route" d="M500 80 L700 80"/>
        <text x="200" y="225" font-size="10">on c</text>
        """);

    assertEquals(List.of("label \"on c\" lies on subnet c", "label \"on c\" covers \"c\" of c"),
        quality.measure(svg, Map.of()).labelOverlaps());
  }

  @Test
  void aLabelOutsideEveryBoxOfItsLine_mayNotLieInAnotherVpc() {
    String svg = svg(VPC + """
        <path data-from="rt" data-to="rt" data-kind="route" d="M800 80 L820 80"/>
        <text x="200" y="150" font-size="10">elsewhere</text>
        """);

    assertEquals(List.of("label \"elsewhere\" lies on vpc vpc"), quality.measure(svg, Map.of()).labelOverlaps());
  }

  @Test
  void labelsOnEachOther_areCounted() {
    String svg = svg(VPC + """
        <path data-from="a" data-to="b" data-kind="route" d="M120 80 L400 80"/>
        <text x="200" y="150" font-size="10">first</text>
        <text x="210" y="152" font-size="10">second</text>
        """);

    assertEquals(List.of("label \"first\" overlaps label \"second\""), quality.measure(svg, Map.of()).labelOverlaps());
  }

  @Test
  void pathData_isReadWithMoveLineAndAxisCommands() {
    assertEquals(List.of(new Point(1, 2), new Point(5, 2), new Point(5, 9), new Point(7, 9.5)),
        SvgPicture.pathPoints("M1,2 H5 V9 L7 9.5"));
  }

  private static String svg(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\n" + body + "</svg>\n";
  }
}
