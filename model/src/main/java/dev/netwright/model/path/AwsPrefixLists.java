package dev.netwright.model.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS-managed prefix lists of the gateway endpoint services (S3, DynamoDB) per region, kept as
 * data in {@code aws-prefix-lists.json}. A route to one of these lists is a route to the service;
 * for a region the data does not know, hops show a derived label instead of an id.
 */
public final class AwsPrefixLists {
  private static final AwsPrefixLists STANDARD = load();

  private final Map<Region, Map<String, PrefixListId>> byRegion;

  private AwsPrefixLists(Map<Region, Map<String, PrefixListId>> byRegion) {
    this.byRegion = byRegion;
  }

  public static AwsPrefixLists standard() {
    return STANDARD;
  }

  private static AwsPrefixLists load() {
    try (InputStream in = AwsPrefixLists.class.getResourceAsStream("aws-prefix-lists.json")) {
      if (in == null) {
        throw new IllegalStateException("aws-prefix-lists.json is missing from the model's resources");
      }
      JsonNode regions = new ObjectMapper().readTree(in).path("regions");
      Map<Region, Map<String, PrefixListId>> byRegion = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> entries = regions.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        Map<String, PrefixListId> lists = new HashMap<>();
        entry.getValue().fields().forEachRemaining(service -> lists.put(service.getKey(), PrefixListId.of(service.getValue().asText())));
        byRegion.put(Region.of(entry.getKey()), Map.copyOf(lists));
      }
      return new AwsPrefixLists(Map.copyOf(byRegion));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The managed prefix list of a service ({@code s3}, {@code dynamodb}) in a region, when the data knows it. */
  public Optional<PrefixListId> idOf(Region region, String service) {
    return Optional.ofNullable(byRegion.getOrDefault(region, Map.of()).get(service));
  }

  /** The service whose managed prefix list this is in a region, when the data knows it. */
  public Optional<String> serviceOf(Region region, PrefixListId prefixList) {
    for (Map.Entry<String, PrefixListId> entry : byRegion.getOrDefault(region, Map.of()).entrySet()) {
      if (entry.getValue().equals(prefixList)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** The id of the list when known, else a label such as {@code pl-(com.amazonaws.ap-south-1.s3)}. */
  public String label(Region region, String service) {
    return idOf(region, service).map(PrefixListId::value)
        .orElse("pl-(com.amazonaws." + region.name() + "." + service + ")");
  }
}
