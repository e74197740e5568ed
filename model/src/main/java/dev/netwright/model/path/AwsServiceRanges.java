package dev.netwright.model.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public address ranges of S3 and DynamoDB per region (the blocks of their managed prefix
 * lists), kept as dated data in {@code aws-service-ranges.json}. A network ACL or a security group
 * that restricts outbound traffic is checked against them; where the data does not know a region,
 * the answer says so.
 */
public final class AwsServiceRanges {
  private static final AwsServiceRanges STANDARD = load();

  private final String asOf;
  private final Map<Region, Map<String, List<Cidr>>> byRegion;

  private AwsServiceRanges(String asOf, Map<Region, Map<String, List<Cidr>>> byRegion) {
    this.asOf = asOf;
    this.byRegion = byRegion;
  }

  public static AwsServiceRanges standard() {
    return STANDARD;
  }

  private static AwsServiceRanges load() {
    try (InputStream in = AwsServiceRanges.class.getResourceAsStream("aws-service-ranges.json")) {
      if (in == null) {
        throw new IllegalStateException("aws-service-ranges.json is missing from the model's resources");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<Region, Map<String, List<Cidr>>> byRegion = new HashMap<>();
      root.path("regions").fields().forEachRemaining(region -> {
        Map<String, List<Cidr>> services = new HashMap<>();
        region.getValue().fields().forEachRemaining(service -> {
          List<Cidr> blocks = new ArrayList<>();
          service.getValue().forEach(block -> blocks.add(Cidr.parse(block.asText())));
          services.put(service.getKey(), List.copyOf(blocks));
        });
        byRegion.put(Region.of(region.getKey()), Map.copyOf(services));
      });
      return new AwsServiceRanges(root.path("asOf").asText(), Map.copyOf(byRegion));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The public blocks of a service ({@code s3}, {@code dynamodb}) in a region, when the data knows them. */
  public Optional<List<Cidr>> of(Region region, String service) {
    return Optional.ofNullable(byRegion.getOrDefault(region, Map.of()).get(service));
  }

  /** The date the data was taken from AWS's published ranges. */
  public String asOf() {
    return asOf;
  }
}
