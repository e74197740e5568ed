package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Region;
import java.util.List;
import java.util.Optional;

/**
 * The values CloudFormation supplies itself: {@code AWS::Region} and the other pseudo parameters,
 * and the zones {@code Fn::GetAZs} lists. The account, stack and zone list are stand-ins, the same
 * on every import: Netwright reads templates before they are deployed anywhere.
 */
final class PseudoParameters {
  static final String ACCOUNT_ID = "123456789012";
  static final String STACK_NAME = "netwright";

  private final Region region;

  PseudoParameters(Region region) {
    this.region = region;
  }

  Region region() {
    return region;
  }

  /** The value of a pseudo parameter, empty when the name is none; {@code AWS::NoValue} is handled by the caller. */
  Optional<JsonNode> value(String name) {
    String partition = region.name().startsWith("cn-") ? "aws-cn" : region.name().startsWith("us-gov-") ? "aws-us-gov" : "aws";
    switch (name) {
      case "AWS::Region":
        return Optional.of(Intrinsics.NODES.textNode(region.name()));
      case "AWS::AccountId":
        return Optional.of(Intrinsics.NODES.textNode(ACCOUNT_ID));
      case "AWS::Partition":
        return Optional.of(Intrinsics.NODES.textNode(partition));
      case "AWS::URLSuffix":
        return Optional.of(Intrinsics.NODES.textNode(partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com"));
      case "AWS::StackName":
        return Optional.of(Intrinsics.NODES.textNode(STACK_NAME));
      case "AWS::StackId":
        return Optional.of(Intrinsics.NODES.textNode("arn:" + partition + ":cloudformation:" + region.name() + ":" + ACCOUNT_ID
            + ":stack/" + STACK_NAME + "/00000000-0000-0000-0000-000000000000"));
      case "AWS::NotificationARNs":
        return Optional.of(Intrinsics.array());
      default:
        return Optional.empty();
    }
  }

  /**
   * The zones {@code Fn::GetAZs} gives for a region: us-east-1 has six, us-west-2 four, and
   * every other region is taken to have three (a, b, c), the count most regions offer.
   */
  static ArrayNode zones(Region region) {
    List<Character> letters = region.name().equals("us-east-1") ? List.of('a', 'b', 'c', 'd', 'e', 'f')
        : region.name().equals("us-west-2") ? List.of('a', 'b', 'c', 'd') : List.of('a', 'b', 'c');
    ArrayNode zones = Intrinsics.array();
    for (char letter : letters) {
      AvailabilityZone zone = region.zone(letter);
      zones.add(zone.name());
    }
    return zones;
  }
}
