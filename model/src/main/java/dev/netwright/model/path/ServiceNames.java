package dev.netwright.model.path;

import dev.netwright.model.Region;
import dev.netwright.model.topology.ServiceName;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ServiceName}'s parsing, remembered per name: a design repeats a handful of service names
 * thousands of times, and parsing one takes a regular expression.
 */
final class ServiceNames {
  private record Parsed(String shortName, Optional<Region> region) {
  }

  private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

  private ServiceNames() {
  }

  private static Parsed parse(String service) {
    return PARSED.computeIfAbsent(service, name -> new Parsed(ServiceName.shortName(name), ServiceName.regionOf(name)));
  }

  static String shortName(String service) {
    return parse(service).shortName();
  }

  static Optional<Region> regionOf(String service) {
    return parse(service).region();
  }
}
