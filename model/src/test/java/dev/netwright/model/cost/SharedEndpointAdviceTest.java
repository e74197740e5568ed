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
}
