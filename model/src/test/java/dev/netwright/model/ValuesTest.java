package dev.netwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small value records other than Cidr: ids, regions, zones, prefix lists. */
class ValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"Subnet1", "subnet-0abc123", "vpc:main", "a", "App_Rt.2"})
  void elementId_acceptsDesignCloudFormationAndAwsIds(String value) {
    assertEquals(value, ElementId.of(value).value());
    assertEquals(value, ElementId.of(value).toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-leading", "has space", "slash/id", "é"})
  void elementId_refusesWhatCannotBeAnId(String value) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ElementId.of(value));
    assertTrue(refused.getMessage().startsWith("'" + value + "' is not a valid element id"));
  }

  @Test
  void elementId_refusesMoreThan255Characters() {
    assertEquals(255, ElementId.of("a".repeat(255)).value().length());
    assertThrows(InvalidValueException.class, () -> ElementId.of("a".repeat(256)));
  }

  @Test
  void elementIds_sortByValue() {
    List<ElementId> ids = new ArrayList<>(List.of(ElementId.of("b"), ElementId.of("A"), ElementId.of("a")));
    ids.sort(null);
    assertEquals(List.of(ElementId.of("A"), ElementId.of("a"), ElementId.of("b")), ids);
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east-1", "eu-west-3", "us-gov-west-1", "ap-southeast-2", "cn-north-1"})
  void region_acceptsAwsRegionNames(String name) {
    assertEquals(name, Region.of(name).toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"us-east", "US-EAST-1", "useast1", "us-east-1a", "us-east-123"})
  void region_refusesOtherText(String name) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Region.of(name));
    assertEquals("'" + name + "' is not an AWS region name such as us-east-1", refused.getMessage());
  }

  @Test
  void region_namesItsZones() {
    assertEquals(AvailabilityZone.of("eu-west-1b"), Region.of("eu-west-1").zone('b'));
  }

  @ParameterizedTest
  @CsvSource({"us-east-1a,us-east-1,a", "us-gov-west-1b,us-gov-west-1,b", "ap-southeast-2c,ap-southeast-2,c"})
  void availabilityZone_knowsItsRegionAndLetter(String name, String region, char letter) {
    AvailabilityZone zone = AvailabilityZone.of(name);

    assertEquals(Region.of(region), zone.region());
    assertEquals(letter, zone.letter());
    assertEquals(name, zone.toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"us-east-1", "us-east-1A", "use1-az1", "us-east-1ab"})
  void availabilityZone_refusesWhatIsNotAZoneName(String name) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> AvailabilityZone.of(name));
    assertEquals("'" + name + "' is not an Availability Zone name such as us-east-1a", refused.getMessage());
  }

  @Test
  void availabilityZones_sortByName() {
    List<AvailabilityZone> zones = new ArrayList<>(List.of(AvailabilityZone.of("us-east-1c"), AvailabilityZone.of("us-east-1a")));
    zones.sort(null);
    assertEquals(AvailabilityZone.of("us-east-1a"), zones.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pl-63a5400a", "pl-02cd2c6b", "pl-0123456789abcdef0"})
  void prefixListId_acceptsManagedListIds(String value) {
    assertEquals(value, PrefixListId.of(value).toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"pl-63A5400A", "pl-123", "63a5400a", "pl-63a5400g"})
  void prefixListId_refusesOtherText(String value) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> PrefixListId.of(value));
    assertEquals("'" + value + "' is not a prefix list id such as pl-63a5400a", refused.getMessage());
  }

  @Test
  void valuesWithTheSameText_areEqual() {
    assertEquals(Region.of("us-east-1"), Region.US_EAST_1);
    assertFalse(ElementId.of("a").equals(ElementId.of("A")));
  }
}
