package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Template values that used to be accepted as something wider or other than they say (issue 12,
 * item 13): a TCP rule's port -1, ports in other scripts, names a template cannot carry back.
 */
class HostileRulesTest {
  private static String groupWith(String protocol, String from, String to) {
    return "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      VpcId: !Ref Vpc\n"
        + "      SecurityGroupIngress:\n        - IpProtocol: " + protocol + "\n          FromPort: " + from + "\n          ToPort: " + to
        + "\n          CidrIp: 0.0.0.0/0\n";
  }

  private static TemplateException refusal(String text) {
    return assertThrows(TemplateException.class, () -> TemplateImporter.parse(text, "sg.yaml", null));
  }

  @Test
  void aTcpRuleFrom443ToMinusOne_isAnError_notEveryPortFromEverywhere() {
    TemplateException refused = refusal(groupWith("tcp", "443", "-1"));

    assertTrue(refused.getMessage().startsWith("sg.yaml line 11: "), refused.getMessage());
    assertTrue(refused.getMessage().contains("-1 (all) is only for protocol -1 or ICMP"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-7", "-1", "'٤٤٣'", "'４４３'", "65536", "99999999999999999999"})
  void aTcpOrUdpRuleWithAPortOutsideZeroTo65535_isAnError(String port) {
    refusal(groupWith("tcp", port, "443"));
    refusal(groupWith("udp", "53", port));
  }

  @Test
  void minusOneStillMeansAllForIcmpAndForProtocolMinusOne() {
    for (String protocol : List.of("icmp", "'-1'")) {
      Topology topology = TemplateImporter.parse(groupWith(protocol, "-1", "-1"), "sg.yaml", null).document().topology();

      assertEquals(PortRange.ALL, topology.require(ElementId.of("Web"), SecurityGroup.class).ingress().get(0).ports());
    }
  }

  @Test
  void aTcpRuleOfPlainPorts_stillReads() {
    Topology topology = TemplateImporter.parse(groupWith("tcp", "443", "443"), "sg.yaml", null).document().topology();

    assertEquals(PortRange.single(443), topology.require(ElementId.of("Web"), SecurityGroup.class).ingress().get(0).ports());
  }

  @Test
  void aValueThatIsAnAttributeOfAnotherResource_isNamedAsTheTemplateWritesIt_notAsAJavaRecord() {
    String text = "Resources:\n  Other:\n    Type: AWS::SNS::Topic\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n"
        + "      CidrBlock: !GetAtt Other.NoSuchAttribute\n      EnableDnsSupport: !Ref Other\n";

    TemplateException refused = refusal(text);

    assertTrue(refused.getMessage().contains("Other.NoSuchAttribute"), refused.getMessage());
    assertTrue(!refused.getMessage().contains("Reference[") && !refused.getMessage().contains("logicalId="), refused.getMessage());
  }

  @Test
  void aNameWithUFFFFInATemplate_isRefusedAtItsLine() {
    String text = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "      Tags:\n        - Key: Name\n          Value: \"a\\uFFFFb\"\n";

    TemplateException refused = refusal(text);

    assertTrue(refused.getMessage().startsWith("sg.yaml line "), refused.getMessage());
    assertTrue(refused.getMessage().contains("U+FFFF"), refused.getMessage());
  }

  @Test
  void textWithUFFFFInAnOpaqueResource_exportsToYamlThatReadsBackTheSame() {
    String text = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: \"odd \\uFFFF\\uFFFE text\"\n";
    Document imported = TemplateImporter.parse(text, "t.yaml", null).document();

    String exported = TemplateExporter.export(imported, TemplateFormat.YAML);
    Document again = TemplateImporter.parse(exported, "again.yaml", null).document();

    assertEquals(imported.topology().all(OpaqueResource.class), again.topology().all(OpaqueResource.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"café", "子网 A", "rocket \uD83D\uDE80", "a\u00A0b", "\uFFFD", "it's \"quoted\"", "#not a comment", "- dash"})
  void everyNameTheModelAccepts_exportsToATemplateThatImportsBackWithThatName(String name) {
    Vpc vpc = new Vpc(ElementId.of("Vpc"), name, List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1);
    Document design = new Document("d", "", Region.US_EAST_1, Topology.of(List.of(vpc)), Layout.empty());

    for (TemplateFormat format : TemplateFormat.values()) {
      Document back = TemplateImporter.parse(TemplateExporter.export(design, format), "t", null).document();

      assertEquals(name, back.topology().require(ElementId.of("Vpc"), Vpc.class).name(), format.slug());
    }
  }
}
