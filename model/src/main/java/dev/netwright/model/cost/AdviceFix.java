package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The change a {@link Recommendation} asks for, exactly as the advisor measured its saving, so that
 * the designer can make it as one undoable step ({@code DesignEditor.follow}) and show the bill
 * after it before the user takes it.
 */
public sealed interface AdviceFix {
  /** What the Undo menu calls the change, e.g. "Associate S3GatewayEndpoint with AppRouteTable". */
  String label();

  /** The design with the change made; {@code document} is left as it was. */
  Document applyTo(Document document);

  /** The elements the change adds or edits, whose edit rules the editor checks. */
  List<ElementId> touched();

  /** False for advice the designer carries out by hand ({@link ByHand}): there is no change to apply. */
  default boolean automatic() {
    return true;
  }

  /**
   * Advice without an automatic change (centralising endpoints spans VPCs, routes and DNS): applying
   * it is refused with a message that says what to do by hand.
   */
  record ByHand(String what) implements AdviceFix {
    @Override
    public String label() {
      return what;
    }

    @Override
    public Document applyTo(Document document) {
      throw new InvalidValueException("this advice has no automatic change: " + what + " by hand");
    }

    @Override
    public List<ElementId> touched() {
      return List.of();
    }

    @Override
    public boolean automatic() {
      return false;
    }
  }

  /** Associates a gateway endpoint with more route tables of its VPC. */
  record AssociateGatewayEndpoint(ElementId endpoint, List<ElementId> routeTables) implements AdviceFix {
    public AssociateGatewayEndpoint {
      routeTables = List.copyOf(routeTables);
    }

    @Override
    public String label() {
      return "Associate " + endpoint + " with " + Names.list(routeTables.stream().map(ElementId::value).toList());
    }

    @Override
    public Document applyTo(Document document) {
      GatewayEndpoint found = document.topology().require(endpoint, GatewayEndpoint.class);
      List<ElementId> tables = new ArrayList<>(found.routeTableIds());
      routeTables.stream().filter(table -> !tables.contains(table)).forEach(tables::add);
      return document.withTopology(document.topology().with(found.withRouteTables(tables)));
    }

    @Override
    public List<ElementId> touched() {
      return List.of(endpoint);
    }
  }

  /** Adds a gateway endpoint, already associated with the route tables that need it (the canvas places it). */
  record AddGatewayEndpoint(GatewayEndpoint endpoint) implements AdviceFix {
    @Override
    public String label() {
      return "Add gateway endpoint " + endpoint.id();
    }

    @Override
    public Document applyTo(Document document) {
      if (document.topology().contains(endpoint.id())) {
        throw new InvalidValueException("the design already has an element " + endpoint.id() + "; this advice is out of date");
      }
      return document.withTopology(document.topology().with(endpoint));
    }

    @Override
    public List<ElementId> touched() {
      return List.of(endpoint.id());
    }
  }

  /** Deletes an interface endpoint, and every route that sends traffic to it. */
  record RemoveInterfaceEndpoint(ElementId endpoint) implements AdviceFix {
    @Override
    public String label() {
      return "Delete interface endpoint " + endpoint;
    }

    @Override
    public Document applyTo(Document document) {
      Topology topology = document.topology();
      List<Element> stripped = new ArrayList<>();
      for (Element element : topology.elements()) {
        if (!element.id().equals(endpoint) && element.references().contains(endpoint)) {
          stripped.add(element.withoutReference(endpoint));
        }
      }
      return document.with(topology.with(stripped, List.of(endpoint)), document.layout().without(Set.of(endpoint)))
          .withTraffic(document.traffic().withoutElements(List.of(endpoint)));
    }

    @Override
    public List<ElementId> touched() {
      return List.of();
    }
  }

  /** Takes an interface endpoint out of some of its subnets (the zones where nobody uses it). */
  record RemoveEndpointSubnets(ElementId endpoint, List<ElementId> subnets) implements AdviceFix {
    public RemoveEndpointSubnets {
      subnets = List.copyOf(subnets);
    }

    @Override
    public String label() {
      return "Take " + endpoint + " out of " + Names.list(subnets.stream().map(ElementId::value).toList());
    }

    @Override
    public Document applyTo(Document document) {
      InterfaceEndpoint found = document.topology().require(endpoint, InterfaceEndpoint.class);
      List<ElementId> kept = found.subnetIds().stream().filter(subnet -> !subnets.contains(subnet)).toList();
      return document.withTopology(document.topology().with(found.withSubnets(kept)));
    }

    @Override
    public List<ElementId> touched() {
      return List.of(endpoint);
    }
  }
}
