package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.List;
import java.util.Set;

/** A VPC: its IPv4 blocks (the first is the primary), DNS flags and region. */
public record Vpc(ElementId id, String name, List<Cidr> cidrBlocks, boolean dnsSupport, boolean dnsHostnames, Region region)
    implements Element {

  public Vpc {
    name = Element.checkName(name);
    cidrBlocks = List.copyOf(cidrBlocks);
    if (cidrBlocks.isEmpty()) {
      throw new InvalidValueException("VPC " + id + " needs at least one IPv4 CIDR block");
    }
    if (region == null) {
      throw new InvalidValueException("VPC " + id + " needs a region");
    }
  }

  public Cidr primaryCidr() {
    return cidrBlocks.get(0);
  }

  @Override
  public ElementKind kind() {
    return ElementKind.VPC;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of();
  }

  @Override
  public Set<ElementId> references() {
    return Set.of();
  }

  @Override
  public Vpc withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public Vpc withName(String newName) {
    return new Vpc(id, newName, cidrBlocks, dnsSupport, dnsHostnames, region);
  }

  public Vpc withCidrBlocks(List<Cidr> blocks) {
    return new Vpc(id, name, blocks, dnsSupport, dnsHostnames, region);
  }

  public Vpc withDns(boolean support, boolean hostnames) {
    return new Vpc(id, name, cidrBlocks, support, hostnames, region);
  }

  public Vpc withRegion(Region newRegion) {
    return new Vpc(id, name, cidrBlocks, dnsSupport, dnsHostnames, newRegion);
  }
}
