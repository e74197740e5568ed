package dev.netwright.model.path;

import dev.netwright.model.Region;

/**
 * A destination outside the VPCs: the internet, or the public endpoint of an AWS service in a
 * region. {@code dnsNote}, when not null, says why the service's name resolved to its public
 * endpoint although the VPC has an interface endpoint for it.
 */
record PublicDestination(String service, Region region, String dnsNote) {

  static PublicDestination internet(Region region) {
    return new PublicDestination(null, region, null);
  }

  static PublicDestination service(String service, Region region, String dnsNote) {
    return new PublicDestination(service, region, dnsNote);
  }

  boolean isInternet() {
    return service == null;
  }

  /** S3 and DynamoDB are the services a gateway endpoint can serve. */
  boolean gatewayCapable() {
    return "s3".equals(service) || "dynamodb".equals(service);
  }

  /**
   * The service's public DNS name, e.g. {@code ssm.us-east-1.amazonaws.com}; ECR's two endpoints
   * answer as {@code api.ecr.…} and {@code dkr.ecr.…}, the names a private hosted zone for them holds.
   */
  String hostname() {
    return dev.netwright.model.topology.ServiceName.hostname(region, service);
  }

  /** How messages name it: {@code s3}, {@code ssm.us-east-1.amazonaws.com}, {@code the internet}. */
  String label() {
    if (isInternet()) {
      return "the internet";
    }
    return gatewayCapable() ? service : hostname();
  }

  /** The destination as filters see it: the public ranges of the service when Netwright's data knows them. */
  Destination filtered() {
    if (isInternet()) {
      return Destination.publicRanges(label(), PacketSpace.PUBLIC, null);
    }
    dev.netwright.model.PrefixListId list = gatewayCapable() ? AwsPrefixLists.standard().idOf(region, service).orElse(null) : null;
    return AwsServiceRanges.standard().of(region, service)
        .map(blocks -> Destination.publicRanges(label(), blocks, list))
        .orElseGet(() -> Destination.unknownRanges(label(), "the public addresses of " + label() + " in " + region.name()
            + " are not in Netwright's data of AWS's published ranges (as of " + AwsServiceRanges.standard().asOf() + ")", list));
  }

  /** The last hop of a path that reached it through an internet gateway. */
  Hop arrivalHop() {
    if (isInternet()) {
      return new Hop("internet", Hop.INTERNET, "");
    }
    String detail = "public endpoint " + hostname();
    return new Hop(service, Hop.SERVICE, dnsNote == null ? detail : detail + "; " + dnsNote);
  }
}
