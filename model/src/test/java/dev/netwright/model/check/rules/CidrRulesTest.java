package dev.netwright.model.check.rules;

import static dev.netwright.model.check.Baseline.id;
import static dev.netwright.model.check.RuleAssert.ids;
import static dev.netwright.model.check.RuleAssert.none;
import static dev.netwright.model.check.RuleAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Baseline;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidrRulesTest {
  @Test
  void cidrSize_subnetNarrowerThanSlash28_isReportedWithTheSubnetFirst() {
    Finding finding = single(new CidrSizeRule(), Baseline.with(Baseline.PRIVATE_B.withCidr(Cidr.parse("10.0.2.0/29"))));
    assertEquals(List.of("PrivateSubnetB", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("10.0.2.0/29") && finding.message().contains("/28 or wider"), finding.message());
  }

  @Test
  void cidrSize_vpcBlockWiderThanSlash16_isReported() {
    Finding finding = single(new CidrSizeRule(), Baseline.with(Baseline.VPC.withCidrBlocks(List.of(Cidr.parse("10.0.0.0/8")))));
    assertEquals(List.of("Vpc"), ids(finding));
    assertTrue(finding.message().contains("Vpc name (Vpc)"), finding.message());
  }

  @Test
  void cidrSize_slash16VpcAndSlash28Subnet_areAccepted() {
    none(new CidrSizeRule(), Baseline.with(Baseline.PRIVATE_B.withCidr(Cidr.parse("10.0.2.0/28"))));
  }

  @Test
  void subnetOutsideVpc_subnetBeyondEveryBlock_isReported() {
    Finding finding = single(new SubnetOutsideVpcRule(), Baseline.with(Baseline.PRIVATE_B.withCidr(Cidr.parse("10.1.2.0/24"))));
    assertEquals(List.of("PrivateSubnetB", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("10.0.0.0/16"), finding.message());
  }

  @Test
  void subnetOutsideVpc_subnetInASecondaryBlock_isAccepted() {
    Vpc twoBlocks = Baseline.VPC.withCidrBlocks(List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")));
    none(new SubnetOutsideVpcRule(), Baseline.with(twoBlocks, Baseline.PRIVATE_B.withCidr(Cidr.parse("10.1.2.0/24"))));
  }

  @Test
  void cidrOverlap_subnetInsideAnother_isReportedOnceNamingBoth() {
    Subnet inner = Baseline.subnet("Inner", "Vpc", "10.0.1.128/25", "us-east-1a");
    Finding finding = single(new SubnetOverlapRule(), Baseline.with(inner));
    assertEquals(List.of("Inner", "PrivateSubnetA", "Vpc"), ids(finding));
    assertTrue(finding.message().endsWith("such as 10.0.3.0/25."), finding.message());
  }

  @Test
  void cidrOverlap_adjacentSubnets_areAccepted() {
    none(new SubnetOverlapRule(), Baseline.with(Baseline.subnet("Next", "Vpc", "10.0.3.0/24", "us-east-1c")));
  }

  @Test
  void cidrOverlap_subnetsOfTwoVpcs_areNotComparedWithEachOther() {
    Vpc other = Baseline.vpc("Other", "10.0.0.0/16");
    none(new SubnetOverlapRule(), Baseline.with(other, Baseline.subnet("OtherA", "Other", "10.0.1.0/24", "us-east-1a")));
  }

  @Test
  void vpcBlockOverlap_secondaryBlockInsidePrimary_isReported() {
    Vpc overlapping = Baseline.VPC.withCidrBlocks(List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.128.0/17")));
    Finding finding = single(new VpcBlockOverlapRule(), Baseline.with(overlapping));
    assertTrue(finding.message().contains("10.0.0.0/16 and 10.0.128.0/17"), finding.message());
  }

  @Test
  void vpcBlockOverlap_disjointBlocks_areAccepted() {
    none(new VpcBlockOverlapRule(), Baseline.with(Baseline.VPC.withCidrBlocks(List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")))));
  }

  @Test
  void peeredVpcOverlap_peeringBetweenOverlappingVpcs_isReported() {
    Vpc other = Baseline.vpc("Other", "10.0.128.0/20");
    PeeringConnection peering = new PeeringConnection(id("Pcx"), "", Baseline.VPC.id(), other.id());
    Finding finding = single(new PeeredVpcOverlapRule(), Baseline.with(other, peering));
    assertEquals(List.of("Vpc", "Other", "Pcx"), ids(finding));
  }

  @Test
  void peeredVpcOverlap_overlappingVpcsThatAreNotConnected_areAccepted() {
    none(new PeeredVpcOverlapRule(), Baseline.with(Baseline.vpc("Other", "10.0.128.0/20")));
  }

  @Test
  void peeredVpcOverlap_peeringBetweenDisjointVpcs_isAccepted() {
    Vpc other = Baseline.vpc("Other", "10.1.0.0/16");
    none(new PeeredVpcOverlapRule(), Baseline.with(other, new PeeringConnection(id("Pcx"), "", Baseline.VPC.id(), other.id())));
  }

  @Test
  void peeredVpcOverlap_overlappingVpcsBehindOneOnPremisesNetwork_isReported() {
    Vpc other = Baseline.vpc("Other", "10.0.0.0/16");
    VpnGateway mine = new VpnGateway(id("VgwA"), "", Baseline.VPC.id(), List.of(Cidr.parse("192.168.0.0/16")));
    VpnGateway theirs = new VpnGateway(id("VgwB"), "", other.id(), List.of(Cidr.parse("192.168.10.0/24")));
    Finding finding = single(new PeeredVpcOverlapRule(), Baseline.with(other, mine, theirs));
    assertEquals(List.of("Vpc", "Other", "VgwA", "VgwB"), ids(finding));
    assertTrue(finding.message().contains("on-premises"), finding.message());
  }

  @Test
  void peeredVpcOverlap_overlappingVpcsBehindDifferentOnPremisesNetworks_areAccepted() {
    Vpc other = Baseline.vpc("Other", "10.0.0.0/16");
    VpnGateway mine = new VpnGateway(id("VgwA"), "", Baseline.VPC.id(), List.of(Cidr.parse("192.168.0.0/24")));
    VpnGateway theirs = new VpnGateway(id("VgwB"), "", other.id(), List.of(Cidr.parse("192.168.1.0/24")));
    none(new PeeredVpcOverlapRule(), Baseline.with(other, mine, theirs));
  }

  @Test
  void subnetTooSmall_slash28WithTwelveEndpointInterfaces_isReportedWithAWiderPrefix() {
    Subnet tiny = Baseline.PRIVATE_B.withCidr(Cidr.parse("10.0.2.0/28"));
    List<dev.netwright.model.topology.Element> changes = new ArrayList<>(List.of(tiny));
    for (int i = 0; i < 12; i++) {
      changes.add(endpointIn("Endpoint" + i, tiny));
    }
    Finding finding = single(new SubnetTooSmallRule(), Baseline.topology().with(changes, List.of()));
    assertEquals("PrivateSubnetB", ids(finding).get(0));
    assertEquals(1 + 12 + 1, finding.elements().size(), "the subnet, twelve endpoints and the SSM endpoint");
    assertTrue(finding.message().contains("11 usable") && finding.message().contains("/27"), finding.message());
  }

  @Test
  void subnetTooSmall_slash28WithElevenInterfaces_isAccepted() {
    Subnet tiny = Baseline.PRIVATE_B.withCidr(Cidr.parse("10.0.2.0/28"));
    List<dev.netwright.model.topology.Element> changes = new ArrayList<>(List.of(tiny));
    for (int i = 0; i < 10; i++) {
      changes.add(endpointIn("Endpoint" + i, tiny));
    }
    none(new SubnetTooSmallRule(), Baseline.topology().with(changes, List.of()));
  }

  private static InterfaceEndpoint endpointIn(String name, Subnet subnet) {
    return new InterfaceEndpoint(id(name), "", Baseline.VPC.id(), "com.amazonaws.us-east-1." + name.toLowerCase(),
        List.of(subnet.id()), List.of(Baseline.ENDPOINT_SG.id()), false, "");
  }
}
