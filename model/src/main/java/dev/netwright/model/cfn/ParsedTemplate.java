package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A template as parsed, intrinsic functions in their long form, with the lines its parts came from. */
record ParsedTemplate(String source, ObjectNode root, SourceLines lines) {

  TemplateException error(int line, String problem) {
    return new TemplateException(source, line, problem);
  }
}
