package dev.netwright.model.cost;

import static dev.netwright.model.path.Net.httpsFrom;
import static dev.netwright.model.path.Net.id;
import static dev.netwright.model.path.Net.interfaceEndpoint;
import static dev.netwright.model.path.Net.subnet;
import static dev.netwright.model.path.Net.table;
import static dev.netwright.model.path.Net.vpc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-endpoint advice: centralise interface endpoints that several VPCs each pay for, transit gateway charges counted. */
class SharedEndpointAdviceTest {
  private static final PriceTable PRICES = PriceTable.standard();

  /** VPCs 10.N.0.0/16 each with a subnet per zone and endpoints for {@code services} in every zone, private DNS on. */
  private static List<Element> vpcs(int count, int zones, List<String> services) {
    List<Element> elements = new ArrayList<>();
    for (int v = 1; v <= count; v++) {
      String vpc = "Vpc" + v;
      elements.add(vpc(vpc, "10." + v + ".0.0/16"));
      List<String> subnets = new ArrayList<>();
      for (int z = 0; z < zones; z++) {
        String subnet = vpc + "App" + (char) ('a' + z);
        elements.add(subnet(subnet, vpc, "10." + v + "." + z + ".0/24", "us-east-1" + (char) ('a' + z)));
        subnets.add(subnet);
      }
      elements.add(table(vpc + "Rt", vpc, List.of(), subnets.toArray(String[]::new)));
      elements.add(httpsFrom(vpc + "Sg", vpc, "10." + v + ".0.0/16"));
      for (String service : services) {
        elements.add(interfaceEndpoint(vpc + service, vpc, service, true, subnets, vpc + "Sg"));
      }
    }
    return elements;
  }

  private static List<Recommendation> centralise(Topology topology, TrafficAssumption traffic) {
    return Advisor.advise(topology, PRICES, traffic).stream()
        .filter(advice -> advice.kind().equals(Recommendation.CENTRALISE_INTERFACE_ENDPOINTS)).toList();
  }

  @Test
  void threeVpcsEachWithTheSsmEndpoints_onATransitGatewayAlready_areToShareOneSet() {
    List<Element> elements = vpcs(3, 2, List.of("ssm", "ssmmessages", "ec2messages"));
    elements.add(TransitGateway.of(id("Hub"), "hub", Region.US_EAST_1));
    for (int v = 1; v <= 3; v++) {
      elements.add(new TransitGatewayVpcAttachment(id("Attach" + v), "attach-" + v, id("Hub"), id("Vpc" + v),
          List.of(id("Vpc" + v + "Appa"), id("Vpc" + v + "Appb"))));
    }

    List<Recommendation> advice = centralise(Topology.of(elements), TrafficAssumption.DEFAULT);

    assertEquals(1, advice.size(), advice.toString());
    Recommendation shared = advice.get(0);
    // removed: the 6 endpoints of Vpc2 and Vpc3, 2 zones each: 730 h x $0.01 x 12 = $87.60
    // added: no attachment (all attached); the spokes' 4 subnets x 3 services x 100 GB = 1,200 GB x $0.02 = $24.00;
    // 3 hosted zones x $0.50 = $1.50. Saves 87.60 - 24.00 - 1.50 = $62.10
    assertEquals(new BigDecimal("62.10"), shared.monthlySavings());
    assertEquals("Vpc1", shared.elements().get(0).value());
    assertTrue(shared.elements().contains(id("Vpc2ssm")) && !shared.elements().contains(id("Vpc1ssm")), shared.elements().toString());
    assertTrue(shared.message().startsWith("Centralise the ec2messages, ssm and ssmmessages interface endpoints of Vpc1, Vpc2 and Vpc3"
        + " in one shared-services VPC (Vpc1)"), shared.message());
    assertTrue(shared.message().contains("730 h x $0.01 x 12 AZs = $87.60"), shared.message());
    assertTrue(shared.message().contains("1200 GB x $0.02 = $24.00"), shared.message());
    assertTrue(shared.message().endsWith("Saves $62.10 a month."), shared.message());
    assertFalse(shared.fix().automatic());
  }

  @Test
  void threeVpcsWithoutATransitGateway_payTheirAttachmentsOutOfTheSaving() {
    List<Recommendation> advice = centralise(Topology.of(vpcs(3, 3, List.of("ssm", "ssmmessages", "ec2messages"))),
        TrafficAssumption.of(10));

    assertEquals(1, advice.size(), advice.toString());
    // removed: 6 endpoints x 3 zones: 730 h x $0.01 x 18 = $131.40
    // added: 3 attachments: 730 h x $0.05 x 3 = $109.50; 2 spokes x 3 subnets x 3 services x 10 GB = 180 GB x $0.02 = $3.60;
    // 3 hosted zones $1.50. Saves 131.40 - 109.50 - 3.60 - 1.50 = $16.80
    assertEquals(new BigDecimal("16.80"), advice.get(0).monthlySavings());
    assertTrue(advice.get(0).message().contains("3 transit gateway attachments (Vpc1, Vpc2 and Vpc3: 730 h x $0.05 x 3 attachments"
        + " = $109.50)"), advice.get(0).message());
  }

  @Test
  void whenTheTransitGatewayCostsMoreThanItSaves_nothingIsRecommended() {
    // 2 VPCs, one ssm endpoint each in 2 zones: removing one saves 730 h x $0.01 x 2 = $14.60, while two attachments
    // cost 730 h x $0.05 x 2 = $73.00
    assertEquals(List.of(), centralise(Topology.of(vpcs(2, 2, List.of("ssm"))), TrafficAssumption.DEFAULT));
  }

  @Test
  void endpointsOfDifferentServices_orInOneVpc_areNotShared() {
    List<Element> elements = vpcs(1, 2, List.of("ssm", "ssmmessages", "ec2messages"));
    assertEquals(List.of(), centralise(Topology.of(elements), TrafficAssumption.DEFAULT));
  }

  @Test
  void theAdviceIsCarriedOutByHand_applyingItIsRefusedWithWhatToDo() {
    Topology topology = Topology.of(vpcs(3, 3, List.of("ssm", "ssmmessages", "ec2messages")));
    Recommendation shared = centralise(topology, TrafficAssumption.of(10)).get(0);
    Document document = new Document("three", "", Region.US_EAST_1, topology, Layout.empty());

    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> shared.fix().applyTo(document));
    assertTrue(refused.getMessage().contains("centralise the ec2messages, ssm and ssmmessages endpoints in Vpc1 by hand"),
        refused.getMessage());
  }

  /**
   * {@code count} VPCs as {@link #vpcs} with 2 zones, each attached to one transit gateway through two
   * subnets of its own (a /28 per zone, in the VPC's route table, nothing else in them), as such hubs are built.
   */
  static List<Element> attachedHub(int count, List<String> services) {
    List<Element> elements = new ArrayList<>();
    elements.add(TransitGateway.of(id("Hub"), "hub", Region.US_EAST_1));
    for (Element element : vpcs(count, 2, services)) {
      if (element instanceof dev.netwright.model.topology.RouteTable table) {
        String vpc = table.vpcId().value();
        String v = vpc.substring(3);
        elements.add(subnet(vpc + "Tgwa", vpc, "10." + v + ".250.0/28", "us-east-1a"));
        elements.add(subnet(vpc + "Tgwb", vpc, "10." + v + ".250.16/28", "us-east-1b"));
        elements.add(table(table.id().value(), vpc, List.of(), vpc + "Appa", vpc + "Appb", vpc + "Tgwa", vpc + "Tgwb"));
        elements.add(new TransitGatewayVpcAttachment(id("Attach" + v), "attach-" + v, id("Hub"), id(vpc),
            List.of(id(vpc + "Tgwa"), id(vpc + "Tgwb"))));
      } else {
        elements.add(element);
      }
    }
    return elements;
  }

  @Test
  void transitGatewayAttachmentSubnets_sendNothing_theSpokesAppSubnetsAreTheProcessedTraffic() {
    Topology topology = Topology.of(attachedHub(3, List.of("ssm", "sts")));
    assertEquals(java.util.Set.of(id("Vpc1Tgwa"), id("Vpc1Tgwb"), id("Vpc2Tgwa"), id("Vpc2Tgwb"), id("Vpc3Tgwa"), id("Vpc3Tgwb")),
        ServiceTraffic.attachmentOnlySubnets(topology));

    Recommendation shared = centralise(topology, TrafficAssumption.DEFAULT).get(0);

    // processed: the spokes' 2 app subnets each x 2 services x 100 GB = 800 GB (the 4 attachment subnets of the spokes,
    // which reach their own endpoints as well, are no clients: counting them made it 1,600 GB)
    assertTrue(shared.message().contains("transit gateway processing of 800 GB a month to the shared endpoints (800 GB x $0.02 = $16.00"),
        shared.message());
    // removed: 4 endpoints x 2 zones: $58.40; added: no attachment (all attached), $16.00, 2 hosted zones $1.00
    assertEquals(new BigDecimal("41.40"), shared.monthlySavings());
    assertFalse(shared.message().contains("attachments ("), shared.message());
  }

  @Test
  void nVpcsWithTheSameEndpoints_saveTheRemovedHours_lessProcessingAndZones_atAnyN() {
    List<String> services = List.of("ssm", "ssmmessages", "ec2messages", "logs");
    for (int n : new int[] {2, 5, 12}) {
      List<Recommendation> advice = centralise(Topology.of(attachedHub(n, services)), TrafficAssumption.of(50));
      // the hours of (n - 1) x 4 endpoints in 2 zones; (n - 1) spokes x 2 subnets x 4 services x 50 GB x $0.02; 4 zones x $0.50
      BigDecimal saved = new BigDecimal("7.30").multiply(BigDecimal.valueOf((n - 1) * 4 * 2L));
      BigDecimal processing = new BigDecimal("0.02").multiply(BigDecimal.valueOf((n - 1) * 2 * 4 * 50L));
      BigDecimal expected = saved.subtract(processing).subtract(new BigDecimal("2.00"));
      assertEquals(1, advice.size(), n + " VPCs: " + advice);
      assertEquals(0, expected.compareTo(advice.get(0).monthlySavings()), n + " VPCs: " + advice.get(0).message());
      assertEquals(1 + (n - 1) + (n - 1) * 4, advice.get(0).elements().size(), "the hub, the other VPCs, the endpoints that go");
    }
  }

  @Test
  void theTransitPricesAreTheRegionsRowOfTheTable() {
    RegionPrices prices = PRICES.forRegion(Region.US_EAST_1);
    assertEquals(0.05, prices.transitGatewayAttachmentHourly());
    assertEquals(0.02, prices.transitGatewayPerGb());
    assertEquals(0.5, prices.hostedZoneMonthly());
  }
}
