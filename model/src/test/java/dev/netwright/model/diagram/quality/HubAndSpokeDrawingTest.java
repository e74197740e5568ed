package dev.netwright.model.diagram.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.diagram.ConnectorKind;
import dev.netwright.model.diagram.Drawing;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.DrawnBox;
import dev.netwright.model.diagram.DrawnConnector;
import dev.netwright.model.diagram.SvgWriter;
import dev.netwright.model.document.Document;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a hub-and-spoke design is drawn: the transit gateway as a hub outside the VPCs, attachments on their borders. */
class HubAndSpokeDrawingTest {
  private final Document design = HubAndSpokeDesign.of(4);
  private final Drawing drawing = DrawingBuilder.draw(design);
  private final Map<String, DrawnBox> byKey = drawing.boxes().stream().collect(Collectors.toMap(DrawnBox::key, Function.identity()));

  @Test
  void theTransitGateway_isAHubInItsRegion_underEveryVpc_listingItsRouteTables() {
    DrawnBox hub = byKey.get("Hub");
    assertEquals("region/us-east-1", hub.parentKey());
    assertEquals("transit-gateway", hub.kind());
    for (String vpc : List.of("Spoke1", "Spoke2", "Spoke3", "Spoke4", "SharedVpc")) {
      assertTrue(hub.box().y() > byKey.get(vpc).box().maxY(), vpc + " stands above the hub");
    }
    List<String> chips = hub.chips().stream().map(chip -> chip.text().text()).toList();
    assertEquals(List.of("rt: shared · 2 assoc", "rt: spokes (default) · 4 assoc · 1 blackhole"), chips);
    // the route tables are chips on the hub, not boxes of their own
    assertTrue(!byKey.containsKey("SpokeRoutes") && !byKey.containsKey("SharedRoutes"));
  }

  @Test
  void eachAttachment_sitsOnTheBottomBorderOfItsVpc_joinedToTheHub() {
    for (String vpc : List.of("Spoke1", "Spoke2", "Spoke3", "Spoke4", "SharedVpc")) {
      DrawnBox attachment = byKey.get(vpc + "Attachment");
      DrawnBox box = byKey.get(vpc);
      assertEquals(vpc, attachment.parentKey());
      assertTrue(box.box().maxY() - attachment.box().maxY() <= 40, vpc + "'s attachment is at its bottom border");
      assertTrue(drawing.connectors().stream().anyMatch(line -> line.kind() == ConnectorKind.TRANSIT
          && line.fromId().equals(vpc + "Attachment") && line.toId().equals("Hub")));
    }
    DrawnBox vpn = byKey.get("Office");
    assertEquals("region/us-east-1", vpn.parentKey());
    assertTrue(vpn.box().maxX() < byKey.get("Hub").box().x(), "the VPN attachment is on the hub's left, towards on-premises");
    assertTrue(SvgWriter.write(drawing).contains("data-from=\"Office\" data-to=\"Hub\" data-kind=\"attachment\""));
  }

  @Test
  void theHostedZone_isABoxInTheRegion_andAChipOnEveryVpcItServes() {
    DrawnBox zone = byKey.get("SsmZone");
    assertEquals("region/us-east-1", zone.parentKey());
    for (String vpc : List.of("Spoke1", "Spoke4", "SharedVpc")) {
      assertTrue(byKey.get(vpc).chips().stream().anyMatch(chip -> chip.text().text().equals("zone: ssm.us-east-1.amazonaws.com")),
          vpc);
    }
  }

  @Test
  void theResolverEndpoint_isDrawnInsideEachOfItsSubnets() {
    List<DrawnBox> places = drawing.boxes().stream().filter(box -> box.id().equals("Inbound")).toList();
    assertEquals(List.of("SharedVpcAppa", "SharedVpcAppb"), places.stream().map(DrawnBox::parentKey).toList());
    for (DrawnBox place : places) {
      var subnet = byKey.get(place.parentKey()).box();
      assertTrue(subnet.x() <= place.box().x() && place.box().maxX() <= subnet.maxX() && subnet.y() <= place.box().y()
          && place.box().maxY() <= subnet.maxY());
    }
  }

  @Test
  void routesToTheTransitGateway_areRouteLinesToTheHub() {
    long routes = drawing.connectors().stream().filter(line -> line.kind() == ConnectorKind.ROUTE && line.toId().equals("Hub"))
        .map(DrawnConnector::fromId).distinct().count();
    assertEquals(5, routes);
  }
}
