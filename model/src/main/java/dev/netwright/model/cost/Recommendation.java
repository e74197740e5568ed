package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One piece of endpoint advice, shaped as {@code advise --format json} prints it: its kind, the
 * elements it is about (the one to change first), a message that names them and says what to do,
 * what following it saves a month at list prices and the design's traffic, and the change itself
 * ({@link AdviceFix}), which the designer can make in one step.
 */
public record Recommendation(String kind, List<ElementId> elements, String message, BigDecimal monthlySavings, AdviceFix fix) {
  /** A gateway endpoint of the VPC is not on a route table whose subnets send S3/DynamoDB through a NAT gateway. */
  public static final String ASSOCIATE_GATEWAY_ENDPOINT = "associate-gateway-endpoint";
  /** Subnets reach S3/DynamoDB only through a NAT gateway and the VPC has no gateway endpoint for it. */
  public static final String ADD_GATEWAY_ENDPOINT = "add-gateway-endpoint";
  /** No subnet and no on-premises network of the design reaches the service through this interface endpoint. */
  public static final String REMOVE_IDLE_INTERFACE_ENDPOINT = "remove-idle-interface-endpoint";
  /** An interface endpoint has network interfaces in zones where no subnet uses them. */
  public static final String CONSOLIDATE_INTERFACE_ENDPOINT_AZS = "consolidate-interface-endpoint-azs";
  /** VPCs of one region each pay for interface endpoints of the same services, which one shared-services VPC could serve. */
  public static final String CENTRALISE_INTERFACE_ENDPOINTS = "centralise-interface-endpoints";

  public Recommendation {
    Objects.requireNonNull(kind, "kind");
    elements = List.copyOf(elements);
    Objects.requireNonNull(message, "message");
    monthlySavings = Money.cents(monthlySavings);
    Objects.requireNonNull(fix, "fix");
  }
}
