package dev.netwright.model.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a {@link CostEstimate}: an element of the design (or, for data transfer between
 * Availability Zones, the subnet that sends it), its kind as {@code cost --format json} names it,
 * its monthly cost rounded to the cent, and how that figure is made, e.g.
 * {@code 730 h x $0.045 + 200 GB x $0.045}.
 */
public record CostItem(String id, String kind, BigDecimal monthly, String detail) {
  /** The kind of the item that bills a subnet's traffic that crosses Availability Zones. */
  public static final String CROSS_AZ_TRANSFER = "cross-az-transfer";
  /** The kind of the item that bills a subnet's assumed traffic between regions (peering or transit gateway peering). */
  public static final String INTER_REGION_TRANSFER = "inter-region-transfer";
  /** The kind of the item of a flow the design states: its per-GB charges along its path. */
  public static final String FLOW = "flow";

  public CostItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    monthly = Money.cents(monthly);
    Objects.requireNonNull(detail, "detail");
  }

  /** This item with a note after its working, e.g. why its prices are another region's. */
  public CostItem withNote(String note) {
    return new CostItem(id, kind, monthly, detail.isEmpty() ? note : detail + " (" + note + ")");
  }
}
