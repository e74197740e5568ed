package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What runs in an account, read by {@link LiveReader}: a topology keyed by AWS ids, plus what the
 * model does not hold but planning and applying need — each resource's tags, the association ids
 * of route tables and VPC CIDR blocks, and the names of managed prefix lists.
 *
 * @param tags tags by AWS id
 * @param associations route table association ids by "table subnet" (subnet "main" for the main association)
 * @param cidrAssociations VPC CIDR block association ids by "vpc cidr"
 * @param prefixLists the names of managed prefix lists, such as com.amazonaws.us-east-1.s3
 * @param warnings what was read but could not be put into the design, in words
 */
public record LiveAccount(Topology topology, Map<ElementId, Map<String, String>> tags, Map<String, String> associations,
    Map<String, String> cidrAssociations, Map<PrefixListId, String> prefixLists, List<String> warnings) {

  public LiveAccount {
    tags = Map.copyOf(tags);
    associations = Map.copyOf(associations);
    cidrAssociations = Map.copyOf(cidrAssociations);
    prefixLists = Map.copyOf(prefixLists);
    warnings = List.copyOf(warnings);
  }

  public Map<String, String> tagsOf(ElementId id) {
    return tags.getOrDefault(id, Map.of());
  }

  /** The id of the association of a subnet with a table, when AWS has it. */
  public Optional<String> association(ElementId table, ElementId subnet) {
    return Optional.ofNullable(associations.get(table + " " + subnet));
  }

  /** The id of a subnet's explicit association, whichever table it is with. */
  public Optional<String> associationOfSubnet(ElementId subnet) {
    return associations.entrySet().stream().filter(entry -> entry.getKey().endsWith(" " + subnet)).map(Map.Entry::getValue)
        .findFirst();
  }
}
