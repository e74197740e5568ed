package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;

/**
 * An interface endpoint's DNS option {@code PrivateDnsOnlyForInboundResolverEndpoint}, for services
 * that have both kinds of endpoint (S3): which resolvers get the interface endpoint's addresses when
 * private DNS is on.
 *
 * <ul>
 *   <li>{@link #ONLY_INBOUND_RESOLVER}: only queries arriving through a Route 53 Resolver inbound
 *       endpoint (on-premises); the VPC's own traffic stays on the free gateway endpoint, which the
 *       VPC must have.</li>
 *   <li>{@link #ALL_RESOLVERS}: every query in the VPC; the VPC's traffic goes through the interface
 *       endpoint and pays per GB.</li>
 *   <li>{@link #NOT_SPECIFIED}: the design does not say; AWS's default applies (only inbound
 *       resolvers when the VPC has a gateway endpoint for the service, else all resolvers).</li>
 * </ul>
 */
public enum InboundResolverDns {
  NOT_SPECIFIED("NotSpecified"),
  ONLY_INBOUND_RESOLVER("OnlyInboundResolver"),
  ALL_RESOLVERS("AllResolvers");

  private final String code;

  InboundResolverDns(String code) {
    this.code = code;
  }

  /** The value as CloudFormation and the design file write it. */
  public String code() {
    return code;
  }

  public static InboundResolverDns parse(String text) {
    for (InboundResolverDns value : values()) {
      if (value.code.equals(text)) {
        return value;
      }
    }
    throw new InvalidValueException("'" + text + "' is not a PrivateDnsOnlyForInboundResolverEndpoint value: use OnlyInboundResolver,"
        + " AllResolvers or NotSpecified");
  }

  @Override
  public String toString() {
    return code;
  }
}
