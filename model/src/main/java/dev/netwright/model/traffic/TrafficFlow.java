package dev.netwright.model.traffic;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.path.Target;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Traffic a person states in the design: {@code sentGb} GB a month that the subnet {@code from}
 * sends to {@code to} (S3, DynamoDB, the internet, a service or an element of the design, as the
 * command line writes targets), and {@code receivedGb} GB a month that come back to it. The id
 * names the flow in cost figures and in the design file; it is unique among the design's flows and
 * elements.
 */
public record TrafficFlow(ElementId id, ElementId from, Target to, BigDecimal sentGb, BigDecimal receivedGb) {

  public TrafficFlow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    sentGb = volume(sentGb, "sent");
    receivedGb = volume(receivedGb, "received");
  }

  /** A flow that only sends: {@code gb} GB a month from {@code from} to {@code to}. */
  public static TrafficFlow sending(ElementId id, ElementId from, Target to, double gb) {
    return new TrafficFlow(id, from, to, gigabytes(gb, "sent"), BigDecimal.ZERO);
  }

  /** A volume typed by a person or read from a file, refused unless it is a number of GB of zero or more. */
  public static BigDecimal gigabytes(double gb, String direction) {
    if (Double.isNaN(gb) || Double.isInfinite(gb)) {
      throw new InvalidValueException("the GB " + direction + " a month must be a number, not " + gb);
    }
    return volume(BigDecimal.valueOf(gb), direction);
  }

  private static BigDecimal volume(BigDecimal gb, String direction) {
    if (gb == null || gb.signum() < 0) {
      throw new InvalidValueException("the GB " + direction + " a month must be zero or more, not " + gb);
    }
    BigDecimal plain = gb.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** Both directions together. */
  public BigDecimal totalGb() {
    return sentGb.add(receivedGb);
  }

  /** True when the flow states what comes back as well as what is sent. */
  public boolean splitByDirection() {
    return receivedGb.signum() > 0;
  }

  public TrafficFlow withVolume(BigDecimal sent, BigDecimal received) {
    return new TrafficFlow(id, from, to, sent, received);
  }

  public TrafficFlow withRoute(ElementId newFrom, Target newTo) {
    return new TrafficFlow(id, newFrom, newTo, sentGb, receivedGb);
  }

  /** Whether the flow starts at or goes to the element. */
  public boolean involves(ElementId element) {
    return from.equals(element) || (to.kind() == Target.Kind.ELEMENT && to.elementId().equals(element));
  }
}
