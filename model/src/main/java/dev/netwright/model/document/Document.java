package dev.netwright.model.document;

import dev.netwright.model.Region;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.traffic.Traffic;
import java.util.Objects;

/**
 * A design as a person saves it: the topology, where it is drawn, what it is about, and the
 * traffic it is meant to carry (the flows a person stated and the default for the rest). The
 * region is the design's default for new VPCs and for service names.
 */
public record Document(String name, String description, Region region, Topology topology, Layout layout, Traffic traffic) {
  /** The design file's schema version this build writes and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  public Document {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(layout, "layout");
    traffic = traffic == null ? Traffic.DEFAULT : traffic;
  }

  /** A design that states no traffic: the default assumption prices it. */
  public Document(String name, String description, Region region, Topology topology, Layout layout) {
    this(name, description, region, topology, layout, Traffic.DEFAULT);
  }

  public static Document empty(String name, Region region) {
    return new Document(name, "", region, Topology.empty(), Layout.empty());
  }

  public Document withTopology(Topology newTopology) {
    return new Document(name, description, region, newTopology, layout, traffic);
  }

  public Document withLayout(Layout newLayout) {
    return new Document(name, description, region, topology, newLayout, traffic);
  }

  public Document with(Topology newTopology, Layout newLayout) {
    return new Document(name, description, region, newTopology, newLayout, traffic);
  }

  public Document withInfo(String newName, String newDescription, Region newRegion) {
    return new Document(newName, newDescription, newRegion, topology, layout, traffic);
  }

  public Document withTraffic(Traffic newTraffic) {
    return new Document(name, description, region, topology, layout, newTraffic);
  }
}
