package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which running resource each design element stands for: the resource with the same AWS id (an
 * imported design), else the one tagged {@code netwright:id} with the element's id (a design
 * Netwright applied before), else — for a VPC's main route table — the main table of the matched
 * VPC, which AWS makes with every VPC, and for a VPC's default network ACL the default ACL of the
 * matched VPC, which AWS makes with it too.
 */
final class IdMatch {
  private final Map<ElementId, ElementId> designToLive = new LinkedHashMap<>();
  private final Set<ElementId> matchedLive = new HashSet<>();

  private IdMatch() {
  }

  static IdMatch of(Topology design, LiveAccount live) {
    IdMatch match = new IdMatch();
    Map<String, ElementId> byTag = new LinkedHashMap<>();
    live.tags().forEach((awsId, tags) -> {
      String designId = tags.get(NetwrightTags.ID);
      if (designId != null && live.topology().contains(awsId)) {
        byTag.putIfAbsent(designId + " " + live.topology().find(awsId).orElseThrow().kind(), awsId);
      }
    });
    for (Element element : design.elements()) {
      Optional<Element> same = live.topology().find(element.id()).filter(found -> found.kind() == element.kind());
      if (same.isPresent()) {
        match.put(element.id(), element.id());
      } else if (!(element instanceof OpaqueResource)) {
        ElementId tagged = byTag.get(element.id() + " " + element.kind());
        if (tagged != null && !match.matchedLive.contains(tagged)) {
          match.put(element.id(), tagged);
        }
      }
    }
    for (RouteTable table : design.routeTables()) {
      if (table.main() && !match.designToLive.containsKey(table.id())) {
        match.find(table.vpcId()).flatMap(vpc -> live.topology().mainRouteTable(vpc))
            .filter(main -> !match.matchedLive.contains(main.id()))
            .ifPresent(main -> match.put(table.id(), main.id()));
      }
    }
    for (NetworkAcl acl : design.networkAcls()) {
      if (acl.isDefault() && !match.designToLive.containsKey(acl.id())) {
        match.find(acl.vpcId()).flatMap(vpc -> live.topology().defaultNetworkAcl(vpc))
            .filter(running -> !match.matchedLive.contains(running.id()))
            .ifPresent(running -> match.put(acl.id(), running.id()));
      }
    }
    return match;
  }

  private void put(ElementId design, ElementId live) {
    designToLive.put(design, live);
    matchedLive.add(live);
  }

  Optional<ElementId> find(ElementId design) {
    return Optional.ofNullable(designToLive.get(design));
  }

  boolean isMatchedLive(ElementId live) {
    return matchedLive.contains(live);
  }

  /** The AWS id of a design element when it runs, else the design id itself. */
  ElementId resolve(ElementId design) {
    return designToLive.getOrDefault(design, design);
  }

  Map<ElementId, ElementId> asMap() {
    return designToLive;
  }
}
