package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Long chains of values that need one another (issue 12, item 9): thousands of conditions each
 * naming the one before, thousands of subnets each taking the block of the one before. They are
 * worked out in dependency order without recursion, each once; a chain that closes on itself is
 * refused by name.
 */
class HostileChainsTest {
  private static final Duration QUICKLY = Duration.ofSeconds(60);

  private static ImportResult read(String text) {
    return assertTimeoutPreemptively(QUICKLY, () -> TemplateImporter.parse(text, "chain.yaml", null));
  }

  @Test
  void twoThousandFiveHundredChainedConditions_areEvaluated_forAModelledAndAnOpaqueResource() {
    StringBuilder text = new StringBuilder("Conditions:\n  C0: !Equals [a, a]\n");
    for (int i = 1; i < 2500; i++) {
      text.append("  C").append(i).append(": !Condition C").append(i - 1).append('\n');
    }
    text.append("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Condition: C2499\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Topic:\n    Type: AWS::SNS::Topic\n    Condition: C2499\n");

    Topology topology = read(text.toString()).document().topology();

    assertEquals(1, topology.all(Vpc.class).size());
    assertEquals(1, topology.all(OpaqueResource.class).size());
  }

  /** A VPC and {@code count} subnets, each after the first taking {@code block} (with %s for the previous one's id). */
  private static String subnetChain(int count, String block) {
    StringBuilder text = new StringBuilder("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  S0:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.0.0/24\n");
    for (int i = 1; i < count; i++) {
      text.append("  S").append(i).append(":\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n")
          .append("      CidrBlock: ").append(block.replace("%s", "S" + (i - 1))).append('\n');
    }
    return text.toString();
  }

  @Test
  void fiveThousandSubnetsEachTakingThePreviousBlockByGetAtt_allGetTheFirstBlock() {
    Topology topology = read(subnetChain(5000, "!GetAtt %s.CidrBlock")).document().topology();

    assertEquals(5000, topology.all(Subnet.class).size());
    assertEquals(Cidr.parse("10.0.0.0/24"), topology.all(Subnet.class).get(4999).cidr());
  }

  @Test
  void subnetsThatEachNameThePreviousTwice_areWorkedOutOnceEach_notTwoToTheFortieth() {
    String twice = "!Select [1, [!GetAtt %s.CidrBlock, !GetAtt %s.CidrBlock]]";

    assertEquals(40, read(subnetChain(40, twice)).document().topology().all(Subnet.class).size());
  }

  @Test
  void conditionsThatNameEachOtherInACircle_areRefusedByName() {
    String text = "Conditions:\n  A: !Condition B\n  B: !Not [!Condition C]\n  C: !Condition A\n"
        + "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Condition: A\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";

    TemplateException refused = assertThrows(TemplateException.class, () -> TemplateImporter.parse(text, "chain.yaml", null));

    assertEquals("chain.yaml line 2: condition 'A' depends on itself", refused.getMessage());
  }

  @Test
  void subnetsThatTakeEachOthersBlock_areRefusedByName() {
    String text = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  A:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !GetAtt B.CidrBlock\n"
        + "  B:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !Sub '${A.CidrBlock}'\n";

    TemplateException refused = assertThrows(TemplateException.class, () -> TemplateImporter.parse(text, "chain.yaml", null));

    assertEquals("chain.yaml line 11: Fn::GetAtt B.CidrBlock depends on itself", refused.getMessage());
  }
}
