package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IcmpTypeCode;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.PortRange;

/**
 * Steps that bring a network ACL's entries and subnet associations to the design: one entry per
 * call (CreateNetworkAclEntry, ReplaceNetworkAclEntry, DeleteNetworkAclEntry, for each direction),
 * and a subnet moved onto the ACL, or back to its VPC's default ACL, with
 * ReplaceNetworkAclAssociation (a subnet always has exactly one ACL, so it is moved, never left
 * without one). The association a subnet has is looked up when the step runs, so that a step is
 * right whatever ran before it. Each step registers its undo.
 */
final class NetworkAclSteps {
  private NetworkAclSteps() {
  }

  /**
   * The subnets of a design and the ACL each is explicitly associated with, both in the ids the
   * reconciler compares (AWS ids once matched or made).
   */
  record DesignAssociations(Set<ElementId> subnets, Map<ElementId, ElementId> explicitAcl) {
    static final DesignAssociations NONE = new DesignAssociations(Set.of(), Map.of());

    static DesignAssociations of(Topology design, UnaryOperator<ElementId> ids) {
      Set<ElementId> subnets = new HashSet<>();
      for (Subnet subnet : design.subnets()) {
        subnets.add(ids.apply(subnet.id()));
      }
      Map<ElementId, ElementId> explicit = new HashMap<>();
      for (NetworkAcl acl : design.networkAcls()) {
        if (!acl.isDefault()) {
          acl.subnetIds().forEach(subnet -> explicit.put(ids.apply(subnet), ids.apply(acl.id())));
        }
      }
      return new DesignAssociations(subnets, explicit);
    }
  }

  /**
   * @param liveAclOfSubnet the non-default ACL a subnet is explicitly associated with in AWS (empty: the default ACL)
   */
  static List<Step> steps(NetworkAcl desired, NetworkAcl running, DesignAssociations design,
      java.util.function.Function<ElementId, Optional<NetworkAcl>> liveAclOfSubnet, UnaryOperator<ElementId> names) {
    List<Step> steps = new ArrayList<>();
    String acl = running.id().value();
    steps.addAll(entries(acl, true, desired.inbound(), running.inbound()));
    steps.addAll(entries(acl, false, desired.outbound(), running.outbound()));
    for (ElementId subnet : desired.subnetIds()) {
      Optional<NetworkAcl> now = liveAclOfSubnet.apply(subnet);
      boolean onIt = now.map(current -> current.id().equals(running.id())).orElse(running.isDefault());
      if (!onIt) {
        steps.add(move(subnet, running.id(), "associate subnet " + names.apply(subnet)));
      }
    }
    if (!running.isDefault()) {
      for (ElementId subnet : running.subnetIds()) {
        if (!desired.subnetIds().contains(subnet) && design.subnets().contains(subnet) && !design.explicitAcl().containsKey(subnet)) {
          steps.add(move(subnet, null, "move subnet " + names.apply(subnet) + " back to the VPC's default network ACL"));
        }
      }
    }
    return steps;
  }

  /** The creates, replaces and deletes that turn one direction's running entries into the design's, by rule number. */
  private static List<Step> entries(String acl, boolean inbound, List<AclRule> desired, List<AclRule> running) {
    Map<Integer, AclRule> now = new HashMap<>();
    running.forEach(rule -> now.put(rule.number(), rule));
    Set<Integer> wanted = new HashSet<>();
    List<Step> steps = new ArrayList<>();
    String direction = inbound ? "inbound" : "outbound";
    for (AclRule rule : desired) {
      wanted.add(rule.number());
      AclRule current = now.get(rule.number());
      if (current == null) {
        steps.add(Step.of("add " + direction + " rule " + words(rule, inbound), context -> {
          Ec2Client ec2 = context.ec2();
          create(ec2, acl, inbound, rule);
          context.undo.push("added " + direction + " rule " + rule.number() + " to " + acl,
              "remove " + direction + " rule " + rule.number() + " from " + acl, () -> delete(ec2, acl, inbound, rule.number()));
        }));
      } else if (!current.equals(rule)) {
        steps.add(Step.of("replace " + direction + " rule " + words(rule, inbound) + " (was " + current.action() + " "
            + current.matchText(inbound) + ")", context -> {
              Ec2Client ec2 = context.ec2();
              replace(ec2, acl, inbound, rule);
              context.undo.push("replaced " + direction + " rule " + rule.number() + " of " + acl,
                  "put " + direction + " rule " + rule.number() + " of " + acl + " back", () -> replace(ec2, acl, inbound, current));
            }));
      }
    }
    for (AclRule rule : running) {
      if (!wanted.contains(rule.number())) {
        steps.add(Step.of("remove " + direction + " rule " + words(rule, inbound), context -> {
          Ec2Client ec2 = context.ec2();
          delete(ec2, acl, inbound, rule.number());
          context.undo.push("removed " + direction + " rule " + rule.number() + " from " + acl,
              "add " + direction + " rule " + rule.number() + " to " + acl + " again", () -> create(ec2, acl, inbound, rule));
        }));
      }
    }
    return steps;
  }

  private static String words(AclRule rule, boolean inbound) {
    return rule.number() + ": " + rule.action() + " " + rule.matchText(inbound);
  }

  /**
   * Moves a subnet's association to {@code target}, or to its VPC's default ACL when {@code target}
   * is null, and registers how to move it back.
   */
  private static Step move(ElementId subnet, ElementId target, String text) {
    return Step.of(text, context -> moveNow(context, context.ec2(), subnet.value(), target == null ? null : target.value()));
  }

  /** Moves a subnet's association now (to the default ACL when {@code target} is null); a no-op when it is there already. */
  static void moveNow(ApplyContext context, Ec2Client ec2, String subnet, String target) {
    Current current = current(ec2, subnet);
    String to = target != null ? target : defaultOf(ec2, current.vpcId());
    if (to.equals(current.aclId())) {
      return;
    }
    place(ec2, subnet, current, to);
    context.undo.push("moved subnet " + subnet + " from network ACL " + current.aclId() + " to " + to,
        "move subnet " + subnet + " back to network ACL " + current.aclId(), () -> {
          Current now = current(ec2, subnet);
          if (!now.aclId().equals(current.aclId())) {
            place(ec2, subnet, now, current.aclId());
          }
        });
  }

  /** Replaces a subnet's association {@code from} with one to ACL {@code to}. */
  private static void place(Ec2Client ec2, String subnet, Current from, String to) {
    try {
      ec2.replaceNetworkAclAssociation(r -> r.associationId(from.associationId()).networkAclId(to));
    } catch (SdkException e) {
      // a lost response makes the SDK's retry find the old association gone: what counts is where the subnet is now
      if (!current(ec2, subnet).aclId().equals(to)) {
        throw e;
      }
    }
  }

  /** The ACL a subnet is associated with now, its association id and the ACL's VPC. */
  record Current(String aclId, String associationId, String vpcId) {
  }

  static Current current(Ec2Client ec2, String subnet) {
    var acls = ec2.describeNetworkAcls(r -> r.filters(Filter.builder().name("association.subnet-id").values(subnet).build()))
        .networkAcls();
    for (var acl : acls) {
      for (NetworkAclAssociation association : acl.associations()) {
        if (subnet.equals(association.subnetId())) {
          return new Current(acl.networkAclId(), association.networkAclAssociationId(), acl.vpcId());
        }
      }
    }
    throw new NetwrightException("subnet " + subnet + " has no network ACL association in AWS");
  }

  /** The id of a VPC's default network ACL, as AWS has it now. */
  static String defaultOf(Ec2Client ec2, String vpc) {
    return ec2.describeNetworkAcls(r -> r.filters(Filter.builder().name("vpc-id").values(vpc).build(),
        Filter.builder().name("default").values("true").build())).networkAcls().stream().map(acl -> acl.networkAclId()).findFirst()
        .orElseThrow(() -> new NetwrightException("VPC " + vpc + " has no default network ACL in AWS"));
  }

  /** Creates an entry; when the call fails but the entry is there as wanted (a retry after a lost response), that is success. */
  private static void create(Ec2Client ec2, String acl, boolean inbound, AclRule rule) {
    try {
      ec2.createNetworkAclEntry(r -> r.networkAclId(acl).egress(!inbound).ruleNumber(rule.number()).protocol(number(rule.protocol()))
          .ruleAction(rule.action().code()).cidrBlock(rule.cidr().toString()).portRange(ports(rule)).icmpTypeCode(icmp(rule)));
    } catch (SdkException e) {
      if (!entry(ec2, acl, inbound, rule.number()).filter(rule::equals).isPresent()) {
        throw e;
      }
    }
  }

  private static void replace(Ec2Client ec2, String acl, boolean inbound, AclRule rule) {
    ec2.replaceNetworkAclEntry(r -> r.networkAclId(acl).egress(!inbound).ruleNumber(rule.number()).protocol(number(rule.protocol()))
        .ruleAction(rule.action().code()).cidrBlock(rule.cidr().toString()).portRange(ports(rule)).icmpTypeCode(icmp(rule)));
  }

  /** Deletes an entry; when the call fails but the entry is gone (a retry after a lost response), that is success. */
  private static void delete(Ec2Client ec2, String acl, boolean inbound, int number) {
    try {
      ec2.deleteNetworkAclEntry(r -> r.networkAclId(acl).egress(!inbound).ruleNumber(number));
    } catch (SdkException e) {
      if (entry(ec2, acl, inbound, number).isPresent()) {
        throw e;
      }
    }
  }

  /** The entry of one direction and number as AWS has it now. */
  private static Optional<AclRule> entry(Ec2Client ec2, String acl, boolean inbound, int number) {
    return ec2.describeNetworkAcls(r -> r.networkAclIds(acl)).networkAcls().stream().flatMap(found -> found.entries().stream())
        .filter(entry -> Boolean.TRUE.equals(entry.egress()) != inbound && entry.ruleNumber() != null && entry.ruleNumber() == number)
        .findFirst().flatMap(entry -> LiveInsideReader.rule(acl, entry, warning -> { }));
  }

  /** EC2 wants the protocol of an ACL entry as its IANA number ("-1" for all). */
  static String number(Protocol protocol) {
    return switch (protocol) {
      case TCP -> "6";
      case UDP -> "17";
      case ICMP -> "1";
      case ALL -> "-1";
    };
  }

  private static PortRange ports(AclRule rule) {
    return rule.protocol() == Protocol.TCP || rule.protocol() == Protocol.UDP
        ? PortRange.builder().from(rule.ports().from()).to(rule.ports().to()).build() : null;
  }

  private static IcmpTypeCode icmp(AclRule rule) {
    return rule.protocol() == Protocol.ICMP ? IcmpTypeCode.builder().type(rule.icmpType()).code(-1).build() : null;
  }
}
