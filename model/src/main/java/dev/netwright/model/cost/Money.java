package dev.netwright.model.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How cost figures are rounded and written: amounts to the cent (half up, so that the same design
 * always gives the same figure), unit prices as the price table states them ({@code $0.045}), and
 * volumes without trailing zeros ({@code 200 GB}).
 */
public final class Money {
  /** The hours a month is billed for: AWS prices a month as 730 hours (365 × 24 / 12). */
  public static final int HOURS_PER_MONTH = 730;

  private Money() {
  }

  /** An amount rounded to the cent. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The exact decimal a price of the table stands for (0.045, not the nearest binary fraction). */
  public static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }

  /** A unit price with its currency, at least to the cent: {@code $0.045}, {@code $0.10}. */
  public static String price(String currency, double value) {
    BigDecimal exact = exact(value).stripTrailingZeros();
    if (exact.scale() < 2) {
      exact = exact.setScale(2, RoundingMode.UNNECESSARY);
    }
    return symbol(currency) + exact.toPlainString();
  }

  /** An amount with its currency, to the cent: {@code $32.85}. */
  public static String amount(String currency, BigDecimal value) {
    return symbol(currency) + cents(value).toPlainString();
  }

  /** An amount with its sign, as a difference is written: {@code +$32.85}, {@code -$2000.00}, {@code $0.00}. */
  public static String signed(String currency, BigDecimal value) {
    String plain = amount(currency, value.abs());
    return value.signum() > 0 ? "+" + plain : value.signum() < 0 ? "-" + plain : plain;
  }

  /** A volume of data: {@code 200 GB}, {@code 0.5 GB}. */
  public static String gigabytes(BigDecimal gb) {
    BigDecimal plain = gb.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0, RoundingMode.UNNECESSARY);
    }
    return plain.toPlainString() + " GB";
  }

  private static String symbol(String currency) {
    return "USD".equals(currency) ? "$" : currency + " ";
  }
}
