package dev.netwright.app.ui.panels;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.SecurityGroup;

/** The inspector's form of a security group: name, description and its rules (add and remove). */
final class SecurityGroupForm extends ElementForm<SecurityGroup> {
  private final ValidatedField<String> name = nameField();
  private final ValidatedField<String> description;
  private final RulesEditor rules;

  SecurityGroupForm(InspectorEdits edits, ElementId id) {
    super(edits, id, SecurityGroup.class);
    description = new ValidatedField<>("Description", "inspector-group-description", String::trim,
        text -> edits.setSecurityGroupDescription(id, text));
    rules = new RulesEditor(edits, id);
    getChildren().addAll(name, description, rules, formError);
  }

  @Override
  protected void show(SecurityGroup group) {
    name.show(group.name());
    description.show(group.description());
    rules.show(group);
  }
}
