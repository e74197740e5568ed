package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.SubnetExposure;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * What a path question can start from (a subnet, a workload, or the on-premises networks behind a
 * VPN gateway) and go to (S3, DynamoDB, the internet, the service of each interface endpoint, or
 * an element: a subnet, a workload, an interface endpoint, a NAT gateway, a VPN gateway's
 * networks), and how each reads in the panel.
 */
final class PathChoices {
  private PathChoices() {
  }

  static List<ElementId> sources(Topology topology) {
    List<ElementId> sources = new ArrayList<>();
    topology.subnets().forEach(subnet -> sources.add(subnet.id()));
    topology.workloads().forEach(workload -> sources.add(workload.id()));
    topology.vpnGateways().forEach(vpn -> sources.add(vpn.id()));
    return sources;
  }

  /**
   * Where a question starts when the person has not chosen: the first private subnet (the usual
   * question is how a private subnet reaches a service), else the first source there is.
   */
  static Optional<ElementId> defaultSource(Topology topology) {
    for (Subnet subnet : topology.subnets()) {
      if (!SubnetExposure.isPublic(topology, subnet.id())) {
        return Optional.of(subnet.id());
      }
    }
    return sources(topology).stream().findFirst();
  }

  static List<Target> targets(Topology topology) {
    Set<Target> targets = new LinkedHashSet<>(List.of(Target.S3, Target.DYNAMODB, Target.INTERNET));
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      targets.add(Target.service(ServiceName.shortName(endpoint.service())));
    }
    for (Element element : topology.elements()) {
      if (element instanceof Subnet || element instanceof dev.netwright.model.topology.Workload || element instanceof InterfaceEndpoint
          || element instanceof NatGateway || element instanceof VpnGateway) {
        targets.add(Target.element(element.id()));
      }
    }
    return new ArrayList<>(targets);
  }

  static String sourceText(Topology topology, ElementId id) {
    if (id == null) {
      return "";
    }
    return topology.find(id).map(element -> element instanceof VpnGateway
        ? "On-premises behind " + element.label()
        : element.label() + vpcSuffix(topology, element)).orElse(id.value());
  }

  static String targetText(Topology topology, Target target) {
    if (target == null) {
      return "";
    }
    switch (target.kind()) {
      case S3:
        return "S3";
      case DYNAMODB:
        return "DynamoDB";
      case INTERNET:
        return "Internet";
      case SERVICE:
        return "Service " + target.name();
      default:
        return topology.find(target.elementId())
            .map(element -> element instanceof VpnGateway ? "On-premises behind " + element.label()
                : element.kind().label() + " " + element.label())
            .orElse(target.name());
    }
  }

  private static String vpcSuffix(Topology topology, Element element) {
    return topology.vpcOf(element.id()).flatMap(topology::find).map(vpc -> " (" + vpc.label() + ")").orElse("");
  }

  /** Shows sources by name; the list is never typed into. */
  static StringConverter<ElementId> sourceConverter(Supplier<Topology> topology) {
    return new StringConverter<>() {
      @Override
      public String toString(ElementId id) {
        return sourceText(topology.get(), id);
      }

      @Override
      public ElementId fromString(String text) {
        return null;
      }
    };
  }

  static StringConverter<Target> targetConverter(Supplier<Topology> topology) {
    return new StringConverter<>() {
      @Override
      public String toString(Target target) {
        return targetText(topology.get(), target);
      }

      @Override
      public Target fromString(String text) {
        return null;
      }
    };
  }
}
