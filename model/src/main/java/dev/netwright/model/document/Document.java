package dev.netwright.model.document;

import dev.netwright.model.Region;
import dev.netwright.model.topology.Topology;
import java.util.Objects;

/**
 * A design as a person saves it: the topology, where it is drawn, and what it is about. The
 * region is the design's default for new VPCs and for service names.
 */
public record Document(String name, String description, Region region, Topology topology, Layout layout) {
  /** The design file's schema version this build writes and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  public Document {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(layout, "layout");
  }

  public static Document empty(String name, Region region) {
    return new Document(name, "", region, Topology.empty(), Layout.empty());
  }

  public Document withTopology(Topology newTopology) {
    return new Document(name, description, region, newTopology, layout);
  }

  public Document withLayout(Layout newLayout) {
    return new Document(name, description, region, topology, newLayout);
  }

  public Document with(Topology newTopology, Layout newLayout) {
    return new Document(name, description, region, newTopology, newLayout);
  }

  public Document withInfo(String newName, String newDescription, Region newRegion) {
    return new Document(newName, newDescription, newRegion, topology, layout);
  }
}
