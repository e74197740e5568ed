package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code Fn::Sub}: replaces {@code ${Name}} with a variable of its own, a parameter, a pseudo
 * parameter or a resource, and {@code ${Resource.Attribute}} with that attribute;
 * {@code ${!Literal}} stays {@code ${Literal}}.
 */
final class SubFunction {
  private final Evaluator evaluator;
  private final int line;

  SubFunction(Evaluator evaluator, int line) {
    this.evaluator = evaluator;
    this.line = line;
  }

  JsonNode evaluate(JsonNode argument) {
    String text;
    ObjectNode variables = Intrinsics.object();
    if (argument.isTextual()) {
      text = argument.asText();
    } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isObject()) {
      text = argument.get(0).asText();
      variables = (ObjectNode) argument.get(1);
    } else {
      throw evaluator.error(line, "Fn::Sub takes a string, or [string, mapping of variables]");
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("${", at);
      if (open < 0) {
        out.append(text, at, text.length());
        break;
      }
      out.append(text, at, open);
      TemplateLimits.checkText(out, "Fn::Sub", evaluator, line);
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw evaluator.error(line, "Fn::Sub: '${' without a closing '}' in \"" + text + "\"");
      }
      String name = text.substring(open + 2, close);
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else {
        Optional<String> value = variable(name.trim(), variables);
        if (value.isEmpty()) {
          return TemplateValues.unknown("its Fn::Sub uses ${" + name + "}, which cannot be known before deployment");
        }
        out.append(value.get());
      }
      TemplateLimits.checkText(out, "Fn::Sub", evaluator, line);
      at = close + 1;
    }
    return Intrinsics.NODES.textNode(out.toString());
  }

  private Optional<String> variable(String name, ObjectNode variables) {
    JsonNode value;
    if (variables.has(name)) {
      value = evaluator.evaluate(variables.get(name), line);
    } else if (name.contains(".") && !name.startsWith("AWS::")) {
      ObjectNode getAtt = Intrinsics.object();
      getAtt.putArray("Fn::GetAtt").add(name.substring(0, name.indexOf('.'))).add(name.substring(name.indexOf('.') + 1));
      value = evaluator.evaluate(getAtt, line);
    } else {
      value = evaluator.evaluate(Intrinsics.ref(name), line);
    }
    return evaluator.stringify(value, line, "Fn::Sub");
  }
}
