package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;

/** Steps that change a VPC: secondary CIDR blocks and the two DNS attributes. */
final class VpcSteps {
  private VpcSteps() {
  }

  static List<Step> steps(Vpc desired, Vpc running, LiveAccount live) {
    List<Step> steps = new ArrayList<>();
    String vpc = running.id().value();
    for (Cidr block : desired.cidrBlocks()) {
      if (!running.cidrBlocks().contains(block)) {
        steps.add(Step.of("add CIDR block " + block, context -> {
          var ec2 = context.ec2();
          String association = ec2.associateVpcCidrBlock(r -> r.vpcId(vpc).cidrBlock(block.toString()))
              .cidrBlockAssociation().associationId();
          context.undo.push("added CIDR block " + block + " to " + vpc, "remove CIDR block " + block + " from " + vpc,
              () -> ec2.disassociateVpcCidrBlock(r -> r.associationId(association)));
        }));
      }
    }
    for (Cidr block : running.cidrBlocks()) {
      String association = live.cidrAssociations().get(vpc + " " + block);
      if (!desired.cidrBlocks().contains(block) && association != null) {
        steps.add(Step.of("remove CIDR block " + block, context -> {
          var ec2 = context.ec2();
          ec2.disassociateVpcCidrBlock(r -> r.associationId(association));
          context.undo.push("removed CIDR block " + block + " from " + vpc, "add CIDR block " + block + " to " + vpc + " again",
              () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpc).cidrBlock(block.toString())));
        }));
      }
    }
    if (desired.dnsSupport() != running.dnsSupport()) {
      steps.add(dns(vpc, true, desired.dnsSupport()));
    }
    if (desired.dnsHostnames() != running.dnsHostnames()) {
      steps.add(dns(vpc, false, desired.dnsHostnames()));
    }
    return steps;
  }

  private static Step dns(String vpc, boolean support, boolean on) {
    String what = support ? "DNS support" : "DNS hostnames";
    return Step.of((on ? "turn on " : "turn off ") + what, context -> {
      var ec2 = context.ec2();
      set(ec2, vpc, support, on);
      context.undo.push((on ? "turned on " : "turned off ") + what + " of " + vpc, "set " + what + " of " + vpc + " back",
          () -> set(ec2, vpc, support, !on));
    });
  }

  static void set(software.amazon.awssdk.services.ec2.Ec2Client ec2, String vpc, boolean support, boolean on) {
    AttributeBooleanValue value = AttributeBooleanValue.builder().value(on).build();
    if (support) {
      ec2.modifyVpcAttribute(r -> r.vpcId(vpc).enableDnsSupport(value));
    } else {
      ec2.modifyVpcAttribute(r -> r.vpcId(vpc).enableDnsHostnames(value));
    }
  }
}
