package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.traffic.Traffic;
import picocli.CommandLine.Option;

/**
 * The {@code --gb-per-subnet N} option of {@code cost} and {@code advise}: the traffic assumed where
 * the design states no flow. Without it, the design's own default (100 GB unless its file says
 * otherwise) stands.
 */
final class TrafficOption {
  @Option(names = "--gb-per-subnet", paramLabel = "N",
      description = "GB a month each subnet is assumed to send to S3 and to each service the design has an endpoint for,"
          + " where the design states no flow (default: the design's own, 100 unless it says otherwise).")
  private Double gbPerSubnet;

  /** The design's traffic, with the option's assumption for what it does not state when the option is given. */
  Traffic of(Document document) {
    if (gbPerSubnet == null) {
      return document.traffic();
    }
    try {
      return document.traffic().withUnstated(TrafficAssumption.of(gbPerSubnet));
    } catch (NetwrightException e) {
      throw new NetwrightException("--gb-per-subnet: " + e.getMessage(), e);
    }
  }
}
