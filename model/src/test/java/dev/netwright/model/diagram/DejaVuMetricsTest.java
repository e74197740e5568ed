package dev.netwright.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class DejaVuMetricsTest {
  private final TextMetrics metrics = DejaVuMetrics.get();

  @Test
  void widthTable_isTheOneGeneratedFromTheBundledFonts() throws Exception {
    String bundled = new String(DejaVuMetricsTest.class.getResourceAsStream("/fonts/dejavu-widths.txt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(FontWidthTable.table(), bundled);
  }

  @Test
  void width_ofNames_equalsWhatJava2dMeasuresInTheBundledFont() {
    for (boolean bold : new boolean[] {false, true}) {
      Font font = FontWidthTable.font(bold);
      for (String text : new String[] {"dynamodb-gateway-endpoint", "AppVpc \u21d4 DataVpc", "10.0.128.0/20 · 4091 usable",
          "private-rt-us-east-1a-with-a-very-long-name", "WWW mmm iii ..."}) {
        for (float size : new float[] {10, 12, 15}) {
          double java2d = font.deriveFont(size).getStringBounds(text, FontWidthTable.UNHINTED).getWidth();
          assertEquals(java2d, metrics.width(text, size, bold), 0.01, text + " at " + size + (bold ? " bold" : ""));
        }
      }
    }
  }

  @Test
  void width_ofACharacterTheFontLacks_isThatOfAWideLetter() {
    assertEquals(metrics.width("M", 12, false), metrics.width("\uffff", 12, false), 1e-9);
  }
}
