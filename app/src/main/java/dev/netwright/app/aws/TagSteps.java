package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Steps that change a resource's Name tag. */
final class TagSteps {
  private TagSteps() {
  }

  static Step rename(ElementId awsId, String oldName, String newName) {
    return Step.of("rename '" + oldName + "' to '" + newName + "'", context -> {
      var ec2 = context.ec2();
      setName(ec2, awsId.value(), newName);
      context.undo.push("renamed " + awsId + " to '" + newName + "'", "rename " + awsId + " back to '" + oldName + "'",
          () -> setName(ec2, awsId.value(), oldName));
    });
  }

  static void setName(software.amazon.awssdk.services.ec2.Ec2Client ec2, String awsId, String name) {
    if (name.isBlank()) {
      ec2.deleteTags(request -> request.resources(awsId).tags(Tag.builder().key(NetwrightTags.NAME).build()));
    } else {
      ec2.createTags(request -> request.resources(awsId).tags(Tag.builder().key(NetwrightTags.NAME).value(name).build()));
    }
  }
}
