package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A VPC: its IPv4 blocks (the first is the primary), DNS flags, region and the AWS account that
 * owns it (empty when the design does not say).
 *
 * <p>An <em>external</em> VPC is one the design only peers with: a VPC of another account, of a
 * region not imported, or left out of an import. It is read-only: it holds no subnets or other
 * elements, apply never creates, changes or deletes it, export names it as the peer of its
 * peering connections instead of creating it, and paths are answered up to it.
 */
public record Vpc(ElementId id, String name, List<Cidr> cidrBlocks, boolean dnsSupport, boolean dnsHostnames, Region region,
    String accountId, boolean external) implements Element {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  public Vpc {
    name = Element.checkName(name);
    cidrBlocks = List.copyOf(cidrBlocks);
    if (cidrBlocks.isEmpty()) {
      throw new InvalidValueException("VPC " + id + " needs at least one IPv4 CIDR block");
    }
    if (region == null) {
      throw new InvalidValueException("VPC " + id + " needs a region");
    }
    accountId = accountId == null ? "" : accountId;
    if (!accountId.isEmpty() && !ACCOUNT.matcher(accountId).matches()) {
      throw new InvalidValueException("'" + accountId + "' is not an AWS account id (12 digits)");
    }
  }

  /** A VPC of the design's own (not external), in no particular account. */
  public Vpc(ElementId id, String name, List<Cidr> cidrBlocks, boolean dnsSupport, boolean dnsHostnames, Region region) {
    this(id, name, cidrBlocks, dnsSupport, dnsHostnames, region, "", false);
  }

  /** An external VPC: known only by its blocks, region and account, as a peering connection tells them. */
  public static Vpc external(ElementId id, List<Cidr> cidrBlocks, Region region, String accountId) {
    return new Vpc(id, "", cidrBlocks, false, false, region, accountId, true);
  }

  public Cidr primaryCidr() {
    return cidrBlocks.get(0);
  }

  /** True when the design names the account that owns the VPC. */
  public boolean hasAccount() {
    return !accountId.isEmpty();
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
    return new Vpc(id, newName, cidrBlocks, dnsSupport, dnsHostnames, region, accountId, external);
  }

  public Vpc withCidrBlocks(List<Cidr> blocks) {
    return new Vpc(id, name, blocks, dnsSupport, dnsHostnames, region, accountId, external);
  }

  public Vpc withDns(boolean support, boolean hostnames) {
    return new Vpc(id, name, cidrBlocks, support, hostnames, region, accountId, external);
  }

  public Vpc withRegion(Region newRegion) {
    return new Vpc(id, name, cidrBlocks, dnsSupport, dnsHostnames, newRegion, accountId, external);
  }

  public Vpc withAccount(String newAccountId) {
    return new Vpc(id, name, cidrBlocks, dnsSupport, dnsHostnames, region, newAccountId, external);
  }
}
