package dev.netwright.model.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample designs folder, found through the {@code netwright.samples} system property that surefire sets. */
final class Samples {
  static final List<String> EXPECTED = List.of("s3-gateway-endpoints.json", "ssm-interface-endpoints.json", "three-tier.json",
      "s3-cost-leak.json", "onprem-vpn-s3-interface.json", "peered-vpcs.json", "locked-down-acl.json",
      "hub-and-spoke.json", "onprem-tgw-vpn.json");

  private Samples() {
  }

  static Path folder() {
    String property = System.getProperty("netwright.samples");
    Path folder = property != null ? Path.of(property) : Path.of("..", "samples");
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("no samples folder at " + folder.toAbsolutePath());
    }
    return folder;
  }

  /** Every {@code .json} file of the samples folder, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
