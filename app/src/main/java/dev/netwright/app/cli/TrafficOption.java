package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.cost.TrafficAssumption;
import picocli.CommandLine.Option;

/** The {@code --gb-per-subnet N} option of {@code cost} and {@code advise}: the traffic the figures assume. */
final class TrafficOption {
  @Option(names = "--gb-per-subnet", paramLabel = "N",
      description = "GB a month each subnet is assumed to send to S3 and to each service the design has an endpoint for"
          + " (default: 100).")
  private double gbPerSubnet = 100;

  TrafficAssumption assumption() {
    try {
      return TrafficAssumption.of(gbPerSubnet);
    } catch (NetwrightException e) {
      throw new NetwrightException("--gb-per-subnet: " + e.getMessage(), e);
    }
  }
}
