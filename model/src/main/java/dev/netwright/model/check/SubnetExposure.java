package dev.netwright.model.check;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a subnet is public or private, as AWS defines it: a subnet is public when the route
 * table it uses (its explicit association, else its VPC's main table) sends {@code 0.0.0.0/0} to
 * an internet gateway attached to the same VPC; otherwise it is private. The checks, the canvas
 * and the path engine share this one definition.
 */
public final class SubnetExposure {
  private final Function<ElementId, Optional<RouteTable>> tableOfSubnet;
  private final Function<ElementId, Optional<Element>> elementById;
  private final Map<ElementId, Optional<InternetGateway>> gatewayOfTable = new HashMap<>();

  private SubnetExposure(Function<ElementId, Optional<RouteTable>> tableOfSubnet,
      Function<ElementId, Optional<Element>> elementById) {
    this.tableOfSubnet = tableOfSubnet;
    this.elementById = elementById;
  }

  /** The exposure of the subnets of a whole design (indexes the main tables once). */
  public static SubnetExposure of(Topology topology) {
    Map<ElementId, RouteTable> mainOfVpc = new HashMap<>();
    for (RouteTable table : topology.routeTables()) {
      if (table.main()) {
        mainOfVpc.putIfAbsent(table.vpcId(), table);
      }
    }
    Function<ElementId, Optional<RouteTable>> tableOf = subnetId -> topology.explicitRouteTable(subnetId)
        .or(() -> topology.find(subnetId, Subnet.class).map(subnet -> mainOfVpc.get(subnet.vpcId())));
    return new SubnetExposure(tableOf, topology::find);
  }

  /** The exposure of the subnets of one VPC. */
  public static SubnetExposure of(VpcScope scope) {
    return new SubnetExposure(scope::tableOf, id -> scope.find(id, Element.class));
  }

  /** True when the subnet's route table sends 0.0.0.0/0 to an internet gateway of its VPC. */
  public boolean isPublic(Subnet subnet) {
    return internetGatewayOf(subnet).isPresent();
  }

  /** The internet gateway the subnet's default route leads to, empty for a private subnet. */
  public Optional<InternetGateway> internetGatewayOf(Subnet subnet) {
    return tableOfSubnet.apply(subnet.id()).flatMap(this::internetGatewayOf);
  }

  /** The internet gateway a table's {@code 0.0.0.0/0} route leads to, when it leads to one. */
  public Optional<InternetGateway> internetGatewayOf(RouteTable table) {
    return gatewayOfTable.computeIfAbsent(table.id(), key -> defaultRouteGateway(table, elementById));
  }

  /** One-off answer for one subnet of a topology (for many subnets, build one exposure with {@link #of(Topology)}). */
  public static boolean isPublic(Topology topology, ElementId subnetId) {
    return topology.find(subnetId, Subnet.class)
        .flatMap(subnet -> topology.routeTableOf(subnet.id()))
        .flatMap(table -> defaultRouteGateway(table, topology::find))
        .isPresent();
  }

  private static Optional<InternetGateway> defaultRouteGateway(RouteTable table,
      Function<ElementId, Optional<Element>> elementById) {
    for (Route route : table.routes()) {
      if (route.destination() instanceof RouteDestination.ToCidr cidr && cidr.cidr().equals(Cidr.ANYWHERE)) {
        Optional<Element> target = elementById.apply(route.target());
        if (target.isPresent() && target.get() instanceof InternetGateway gateway && gateway.vpcId().equals(table.vpcId())) {
          return Optional.of(gateway);
        }
      }
    }
    return Optional.empty();
  }
}
