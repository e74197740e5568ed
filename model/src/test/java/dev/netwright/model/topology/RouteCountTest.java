package dev.netwright.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A route table counts its own routes and the prefix-list route of each gateway endpoint attached to it. */
class RouteCountTest {
  private static final ElementId VPC = ElementId.of("Vpc");
  private static final ElementId APP_RT = ElementId.of("AppRt");
  private static final ElementId OTHER_RT = ElementId.of("OtherRt");
  private static final ElementId IGW = ElementId.of("Igw");

  private static Topology design(List<Route> appRoutes, List<List<ElementId>> endpointTables) {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(VPC, "vpc", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new InternetGateway(IGW, "igw", VPC));
    elements.add(new RouteTable(APP_RT, "app-rt", VPC, false, appRoutes, List.of()));
    elements.add(new RouteTable(OTHER_RT, "other-rt", VPC, true, List.of(), List.of()));
    int number = 1;
    for (List<ElementId> tables : endpointTables) {
      String service = number % 2 == 1 ? "s3" : "dynamodb";
      elements.add(new GatewayEndpoint(ElementId.of("Endpoint" + number++), service, VPC,
          ServiceName.full(Region.US_EAST_1, service), tables, ""));
    }
    return Topology.of(elements);
  }

  private static RouteCount countOf(Topology topology, ElementId table) {
    return RouteCount.of(topology, topology.require(table, RouteTable.class));
  }

  @Test
  void aTableWithOnlyAGatewayEndpointAttached_hasItsPrefixListRoute() {
    Topology topology = design(List.of(), List.of(List.of(APP_RT)));

    assertEquals(new RouteCount(0, 1), countOf(topology, APP_RT));
    assertEquals("1 route · 1 endpoint", countOf(topology, APP_RT).describe());
    assertEquals("0 routes", countOf(topology, OTHER_RT).describe());
  }

  @Test
  void writtenRoutesAndSeveralEndpoints_addUp() {
    Route toInternet = Route.of("0.0.0.0/0", "Igw");
    Topology topology = design(List.of(toInternet), List.of(List.of(APP_RT, OTHER_RT), List.of(APP_RT)));

    assertEquals(3, countOf(topology, APP_RT).total());
    assertEquals("3 routes · 2 endpoints", countOf(topology, APP_RT).describe());
    assertEquals("1 route · 1 endpoint", countOf(topology, OTHER_RT).describe());
  }

  @Test
  void aTableWithoutEndpoints_saysItsRoutesAsBefore() {
    Route toInternet = Route.of("0.0.0.0/0", "Igw");

    assertEquals("1 route", countOf(design(List.of(toInternet), List.of()), APP_RT).describe());
  }
}
