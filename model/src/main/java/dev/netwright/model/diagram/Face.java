package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.topology.ElementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a box shows and how it is set out: its kind's icon at the left, then its name, lines of
 * detail and a row of chips under each other. It knows the size its text needs, so that no name
 * of up to {@value TextLines#ONE_LINE_NAME} characters is cut or wrapped, and lays the text out
 * in a box of any size at least that big.
 */
public record Face(ElementKind kind, String name, List<String> details, List<ChipText> chips, Scale scale) {
  public Face {
    details = List.copyOf(details);
    chips = List.copyOf(chips);
  }

  /**
   * The text of a chip and its colours; {@code id} is the element the chip stands for (the network
   * ACL a subnet uses), so that a click on the chip selects it, or null for a chip that only says
   * something about its box.
   */
  public record ChipText(String text, Tint fill, Tint color, String id) {
    public ChipText(String text, Tint fill, Tint color) {
      this(text, fill, color, null);
    }
  }

  /** The sizes of a face: full for boxes of their own, compact for what is drawn inside a subnet. */
  public enum Scale {
    CONTAINER(15, 11, 28, 240, 56, 400),
    FULL(12, 10.5, 28, 150, 56, 280),
    COMPACT(11, 9.5, 20, 120, 44, 220),
    /** A workload drawn inside its subnet: a small icon and its name. */
    ITEM(11, 9, 14, 84, 24, 180);

    final double nameSize;
    final double detailSize;
    final double icon;
    final double minWidth;
    final double minHeight;
    final double wrapWidth;

    Scale(double nameSize, double detailSize, double icon, double minWidth, double minHeight, double wrapWidth) {
      this.nameSize = nameSize;
      this.detailSize = detailSize;
      this.icon = icon;
      this.minWidth = minWidth;
      this.minHeight = minHeight;
      this.wrapWidth = wrapWidth;
    }

    double textLeft() {
      return this == ITEM ? icon + 12 : icon + 20;
    }

    /** The space above and below the text. */
    double pad() {
      return this == ITEM ? 5 : PAD;
    }

    /** Where the icon's left edge sits inside the box. */
    double iconLeft() {
      return this == ITEM ? 6 : 10;
    }
  }

  static final double PAD = 8;
  static final double CHIP_SIZE = 9.5;
  static final double CHIP_HEIGHT = 15;
  static final double CHIP_GAP = 4;
  static final double CHIP_PAD = 5;

  /** The width this face needs. */
  public double width(TextMetrics metrics) {
    double name = metrics.width(name(), scale.nameSize, true);
    if (name().length() > TextLines.ONE_LINE_NAME) {
      name = Math.min(name, scale.wrapWidth);
    }
    double text = name;
    for (String detail : details) {
      text = Math.max(text, metrics.width(detail, scale.detailSize, false));
    }
    for (ChipText chip : chips) {
      text = Math.max(text, chipWidth(chip, metrics));
    }
    return Math.ceil(Math.max(scale.minWidth, scale.textLeft() + text + PAD + 2));
  }

  /** The height this face needs in a box of {@code width}. */
  public double height(double width, TextMetrics metrics) {
    double textWidth = width - scale.textLeft() - PAD;
    return Math.ceil(Math.max(scale.minHeight, textHeight(textWidth, metrics) + 2 * scale.pad()));
  }

  private double textHeight(double textWidth, TextMetrics metrics) {
    int nameLines = TextLines.wrap(name(), textWidth, scale.nameSize, true, metrics).size();
    double height = nameLines * metrics.lineHeight(scale.nameSize) + details.size() * metrics.lineHeight(scale.detailSize);
    int rows = chipRows(textWidth, metrics).size();
    return height + rows * (CHIP_HEIGHT + CHIP_GAP);
  }

  /** The box of this face: its texts and chips laid out in {@code box}. */
  public DrawnBox draw(String key, String id, String parentKey, Box box, BoxStyle style, TextMetrics metrics) {
    double textX = box.x() + scale.textLeft();
    double textWidth = box.width() - scale.textLeft() - PAD;
    double used = textHeight(textWidth, metrics);
    double top = box.y() + Math.max(scale.pad(), (box.height() - used) / 2);
    List<TextRun> texts = new ArrayList<>();
    double y = top;
    for (String line : TextLines.wrap(name(), textWidth, scale.nameSize, true, metrics)) {
      texts.add(new TextRun(line, textX, y + baseline(scale.nameSize, metrics), scale.nameSize, true, DiagramColors.TEXT, true));
      y += metrics.lineHeight(scale.nameSize);
    }
    for (String detail : details) {
      texts.add(new TextRun(detail, textX, y + baseline(scale.detailSize, metrics), scale.detailSize, false,
          DiagramColors.MUTED_TEXT, false));
      y += metrics.lineHeight(scale.detailSize);
    }
    List<Chip> drawnChips = new ArrayList<>();
    for (List<ChipText> row : chipRows(textWidth, metrics)) {
      y += CHIP_GAP;
      double x = textX;
      for (ChipText chip : row) {
        double w = chipWidth(chip, metrics);
        drawnChips.add(chip(chip, x, y, w, metrics));
        x += w + CHIP_GAP;
      }
      y += CHIP_HEIGHT;
    }
    double icon = scale.icon;
    IconPlace place = new IconPlace(kind, box.x() + scale.iconLeft(), box.y() + Math.min((box.height() - icon) / 2, 14), icon);
    return new DrawnBox(key, id, kind.slug(), parentKey, box, style, place, texts, drawnChips);
  }

  /** A chip with its text at (x, y), {@code width} wide. */
  static Chip chip(ChipText chip, double x, double y, double width, TextMetrics metrics) {
    TextRun text = new TextRun(chip.text(), x + CHIP_PAD, y + (CHIP_HEIGHT - metrics.lineHeight(CHIP_SIZE)) / 2
        + baseline(CHIP_SIZE, metrics), CHIP_SIZE, false, chip.color(), false);
    return new Chip(new Box(x, y, width, CHIP_HEIGHT), chip.fill(), text, chip.id());
  }

  static double chipWidth(ChipText chip, TextMetrics metrics) {
    return Math.ceil(metrics.width(chip.text(), CHIP_SIZE, false) + 2 * CHIP_PAD);
  }

  /** Where the baseline of a line of text sits under the top of its line box. */
  static double baseline(double size, TextMetrics metrics) {
    return (metrics.lineHeight(size) - size * (DejaVuMetrics.ASCENT + DejaVuMetrics.DESCENT)) / 2 + size * DejaVuMetrics.ASCENT;
  }

  private List<List<ChipText>> chipRows(double textWidth, TextMetrics metrics) {
    List<List<ChipText>> rows = new ArrayList<>();
    List<ChipText> row = new ArrayList<>();
    double x = 0;
    for (ChipText chip : chips) {
      double w = chipWidth(chip, metrics);
      if (!row.isEmpty() && x + w > textWidth) {
        rows.add(row);
        row = new ArrayList<>();
        x = 0;
      }
      row.add(chip);
      x += w + CHIP_GAP;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }
}
