package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.List;

/**
 * Who sends the packets of a path question: a workload with its own security groups, a subnet
 * (standing for a workload there whose groups allow any egress), or the on-premises networks
 * behind a VPN gateway or a transit gateway VPN attachment. Each says where it sends from, whether
 * it passes its own egress rules, and whether a rule naming a security group admits it.
 */
sealed interface Sender permits Sender.AnyWorkload, Sender.OneWorkload, Sender.OnPremises {

  /** The subnet it sends from; null for the on-premises networks. */
  Subnet subnet();

  /** The addresses its packets come from. */
  List<Cidr> addresses();

  /** Whether a rule of a group in {@code receiverVpc} that names {@code group} admits it. */
  boolean carries(ElementId group, ElementId receiverVpc);

  /** Whether its own security groups let the packet out toward {@code destination}; else the walk is blocked. */
  boolean mayLeave(Walk walk, Destination destination);

  /** A subnet as the source: a workload there whose groups allow any egress and could be any of the VPC's groups. */
  record AnyWorkload(Subnet subnet) implements Sender {
    @Override
    public List<Cidr> addresses() {
      return List.of(subnet.cidr());
    }

    @Override
    public boolean carries(ElementId group, ElementId receiverVpc) {
      return receiverVpc.equals(subnet.vpcId());
    }

    @Override
    public boolean mayLeave(Walk walk, Destination destination) {
      return true;
    }
  }

  /** A workload as the source: its own address (or its subnet's block when the design leaves it to AWS) and groups. */
  record OneWorkload(Workload workload, Subnet subnet) implements Sender {
    @Override
    public List<Cidr> addresses() {
      return List.of(workload.address().map(address -> address.asCidr()).orElse(subnet.cidr()));
    }

    @Override
    public boolean carries(ElementId group, ElementId receiverVpc) {
      return workload.securityGroupIds().contains(group);
    }

    @Override
    public boolean mayLeave(Walk walk, Destination destination) {
      return SecurityFilters.egress(walk, workload, subnet, destination);
    }
  }

  /** The on-premises networks behind a VPN gateway or a VPN attachment: no group of the VPC, no egress rule of the design. */
  record OnPremises(List<Cidr> networks) implements Sender {
    @Override
    public Subnet subnet() {
      return null;
    }

    @Override
    public List<Cidr> addresses() {
      return networks;
    }

    @Override
    public boolean carries(ElementId group, ElementId receiverVpc) {
      return false;
    }

    @Override
    public boolean mayLeave(Walk walk, Destination destination) {
      return true;
    }
  }
}
