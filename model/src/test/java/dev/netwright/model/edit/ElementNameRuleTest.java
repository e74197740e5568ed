package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static dev.netwright.model.edit.TestDesigns.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import org.junit.jupiter.api.Test;

/**
 * An element the person edits keeps a name (it becomes the Name tag in AWS), while designs that
 * arrive without names (a template or an account without Name tags) still load, their elements
 * shown by id, and stay editable.
 */
class ElementNameRuleTest {
  private static final String UNNAMED_VPC = String.join("\n",
      "Resources:",
      "  Network:",
      "    Type: AWS::EC2::VPC",
      "    Properties:",
      "      CidrBlock: 10.9.0.0/16",
      "");

  @Test
  void renamingToAnEmptyOrBlankName_isRefused_andTheDesignKeepsTheName() {
    DesignEditor editor = TestDesigns.editor();
    Document start = editor.document();
    Subnet web = start.topology().require(WEB, Subnet.class);

    for (String blank : new String[] {"", "   "}) {
      EditRefusedException refused = assertThrows(EditRefusedException.class, () -> editor.update(web.withName(blank)));
      assertEquals("subnet Web needs a name: it becomes its Name tag in AWS (a blank name is dropped on export)",
          refused.getMessage());
    }
    assertSame(start, editor.document());
    assertFalse(editor.history().canUndo());
  }

  @Test
  void addingAnElementWithoutAName_isRefused() {
    DesignEditor editor = TestDesigns.editor();

    EditRefusedException refused = assertThrows(EditRefusedException.class,
        () -> editor.add(new Subnet(id("Subnet1"), "", MAIN, cidr("10.0.9.0/24"), zone('a'))));

    assertEquals("a new subnet needs a name: it becomes its Name tag in AWS", refused.getMessage());
  }

  @Test
  void anImportedElementWithoutANameTag_isShownByItsId_andItsOtherPropertiesStayEditable() {
    Document imported = TemplateImporter.parse(UNNAMED_VPC, "unnamed.yaml", null).document();
    Vpc vpc = imported.topology().vpcs().get(0);
    assertEquals("", vpc.name());
    assertEquals(vpc.id().value(), vpc.label());

    DesignEditor editor = new DesignEditor(new History(imported));
    editor.update(vpc.withDns(false, false));

    assertEquals("", editor.document().topology().require(vpc.id(), Vpc.class).name());
  }

  @Test
  void aNamedElement_isExportedWithItsNameTag() {
    DesignEditor editor = TestDesigns.editor();
    editor.update(editor.document().topology().require(WEB, Subnet.class).withName("frontend"));

    String template = TemplateExporter.export(editor.document(), TemplateFormat.YAML);

    assertTrue(template.contains("Value: frontend"), template);
  }
}
