package dev.netwright.model.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The terms that make up one cost item, each a quantity times a unit price, kept so that the item
 * can show its working ({@code 730 h x $0.01 x 2 AZs + 200 GB x $0.01}). Amounts are exact until the
 * item rounds its sum to the cent.
 */
final class Charge {
  private record Term(String text, BigDecimal amount) {
  }

  private final String currency;
  private final List<Term> terms = new ArrayList<>();

  Charge(String currency) {
    this.currency = currency;
  }

  /** A month of hours of one resource. */
  Charge hours(double hourly) {
    terms.add(new Term(Money.HOURS_PER_MONTH + " h x " + Money.price(currency, hourly),
        Money.exact(hourly).multiply(BigDecimal.valueOf(Money.HOURS_PER_MONTH))));
    return this;
  }

  /** A month of a resource billed by the month. */
  Charge month(double monthly) {
    terms.add(new Term("1 month x " + Money.price(currency, monthly), Money.exact(monthly)));
    return this;
  }

  /** A month of hours in each of {@code zones} Availability Zones. */
  Charge hoursPerZone(double hourly, int zones) {
    terms.add(new Term(Money.HOURS_PER_MONTH + " h x " + Money.price(currency, hourly) + " x " + zones + (zones == 1 ? " AZ" : " AZs"),
        Money.exact(hourly).multiply(BigDecimal.valueOf((long) Money.HOURS_PER_MONTH * zones))));
    return this;
  }

  /** A month of hours of {@code count} resources of one kind ({@code noun}, plural). */
  Charge hoursEach(double hourly, int count, String noun) {
    terms.add(new Term(Money.HOURS_PER_MONTH + " h x " + Money.price(currency, hourly) + " x " + count + " " + noun,
        Money.exact(hourly).multiply(BigDecimal.valueOf((long) Money.HOURS_PER_MONTH * count))));
    return this;
  }

  /** Data at a price per GB; nothing when there is no data. */
  Charge data(BigDecimal gb, BigDecimal perGb) {
    if (gb.signum() > 0) {
      terms.add(new Term(Money.gigabytes(gb) + " x " + Money.price(currency, perGb.doubleValue()), gb.multiply(perGb)));
    }
    return this;
  }

  BigDecimal total() {
    return terms.stream().map(Term::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The working, or {@code ifNone} when there is no term. */
  String detail(String ifNone) {
    return terms.isEmpty() ? ifNone : terms.stream().map(Term::text).collect(Collectors.joining(" + "));
  }

  CostItem item(String id, String kind, String ifNone) {
    return new CostItem(id, kind, total(), detail(ifNone));
  }
}
