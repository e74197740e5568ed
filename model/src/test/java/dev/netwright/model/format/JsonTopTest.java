package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The top of a JSON text read without a tree: the same verdict on validity as a tree reader, the top keys and the format. */
class JsonTopTest {
  @Test
  void aDesignAndATemplate_areToldApartByTheirTop() {
    JsonTop design = JsonTop.of("{\"format\": \"netwright-design\", \"elements\": [{\"format\": \"x\"}], \"n\": 1.5}");
    assertTrue(design.valid());
    assertEquals("netwright-design", design.format());
    assertTrue(DesignFile.isDesign(design));

    JsonTop template = JsonTop.of("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"A\": {\"Type\": \"T\"}}}");
    assertEquals(Set.of("AWSTemplateFormatVersion", "Resources"), template.keys());
    assertNull(template.format());
    assertFalse(DesignFile.isDesign(template));
  }

  @Test
  void validity_isTheTreeReadersVerdict() {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = List.of("", "   ", "{}", "[1, 2]", "42", "{\"a\": [1, 2", "{\"a\": 1,}", "{\"a\": 1} trailing", "Resources:\n  A: 1\n",
        "{\"format\": 1}", "{\"a\": \"" + "x".repeat(20_000_001) + "\"}", "{\"a\": 1" + "0".repeat(1_200) + "}", "{\"a\": tru}");
    for (String text : texts) {
      boolean tree;
      try {
        mapper.readTree(text);
        tree = true;
      } catch (IOException e) {
        tree = false;
      }
      assertEquals(tree, JsonTop.of(text).valid(), text.length() > 60 ? text.substring(0, 60) : text);
    }
  }
}
