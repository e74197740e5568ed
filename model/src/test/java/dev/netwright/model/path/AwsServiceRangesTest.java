package dev.netwright.model.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dated S3 and DynamoDB ranges per region, taken from AWS's published ip-ranges.json. */
class AwsServiceRangesTest {
  private static final List<Cidr> PRIVATE = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));

  @ParameterizedTest
  @ValueSource(strings = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1", "ap-northeast-2",
      "ap-southeast-1"})
  void everyRegionOfTheCostData_hasPublicS3AndDynamoDbRanges(String name) {
    Region region = Region.of(name);
    for (String service : List.of("s3", "dynamodb")) {
      List<Cidr> blocks = AwsServiceRanges.standard().of(region, service).orElseThrow(() -> new AssertionError(service + " " + name));
      assertFalse(blocks.isEmpty());
      for (Cidr block : blocks) {
        assertTrue(PRIVATE.stream().noneMatch(block::overlaps), block + " of " + service + " in " + name + " is not public");
      }
    }
  }

  @Test
  void theRangesOfUsEast1_includeThoseOfItsS3PrefixList() {
    List<Cidr> s3 = AwsServiceRanges.standard().of(Region.US_EAST_1, "s3").orElseThrow();
    for (String block : List.of("3.5.0.0/19", "16.15.176.0/20", "16.182.0.0/16", "18.34.0.0/19", "18.34.232.0/21", "52.216.0.0/15",
        "54.231.0.0/16")) {
      assertTrue(s3.contains(Cidr.parse(block)), block);
    }
    assertTrue(AwsServiceRanges.standard().of(Region.US_EAST_1, "dynamodb").orElseThrow().contains(Cidr.parse("52.94.0.0/22")));
  }

  @Test
  void aRegionThePublicationLeavesOut_isUnknown_notGuessed() {
    assertTrue(AwsServiceRanges.standard().of(Region.of("us-isob-east-1"), "s3").isEmpty());
    assertTrue(AwsServiceRanges.standard().of(Region.US_EAST_1, "ssm").isEmpty());
  }

  @Test
  void theDataSaysWhereAndWhenItWasTaken() throws IOException {
    try (InputStream in = AwsServiceRanges.class.getResourceAsStream("aws-service-ranges.json")) {
      JsonNode source = new ObjectMapper().readTree(in).path("source");
      assertTrue(source.path("syncToken").asText().matches("\\d{10}"), source.toString());
      assertTrue(source.path("createDate").asText().startsWith(AwsServiceRanges.standard().asOf()), source.toString());
      assertEquals("https://ip-ranges.amazonaws.com/ip-ranges.json", source.path("publication").asText());
      assertFalse(source.path("readFrom").asText().isBlank());
    }
  }
}
