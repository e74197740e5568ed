package dev.netwright.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The sample designs and where to find them: in {@code samples/} of the working directory, the
 * folder named by the {@code netwright.samples} property, the checkout the jar was built in, or
 * else the copy shipped inside the jar (copied out, so that it opens like any file).
 */
final class Samples {
  /** A sample and the scenario it shows (the README's table). */
  record Sample(String file, String scenario) {
  }

  static final List<Sample> ALL = List.of(
      new Sample("s3-gateway-endpoints.json", "private subnets reach S3 and DynamoDB through gateway endpoints"),
      new Sample("ssm-interface-endpoints.json", "private subnets managed through SSM interface endpoints in two AZs"),
      new Sample("three-tier.json", "public, private and isolated subnets, a NAT gateway per AZ"),
      new Sample("s3-cost-leak.json", "the S3 gateway endpoint on the wrong route table: S3 traffic pays for NAT"),
      new Sample("onprem-vpn-s3-interface.json", "on-premises reaching S3 privately through an interface endpoint over a VPN"),
      new Sample("peered-vpcs.json", "two peered VPCs"));

  private Samples() {
  }

  /** The sample file of that name, wherever it is found first; empty when there is none. */
  static Optional<Path> find(String fileName) {
    String configured = System.getProperty("netwright.samples");
    Path[] candidates = {
        configured == null ? null : Path.of(configured, fileName),
        Path.of("samples", fileName),
        besideTheJar(fileName),
    };
    for (Path candidate : candidates) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return bundledCopy(fileName);
  }

  /** {@code samples/} of the checkout the jar was built in ({@code app/target/netwright.jar}). */
  private static Path besideTheJar(String fileName) {
    try {
      Path jar = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
      return checkout == null || checkout.getParent() == null ? null
          : checkout.getParent().resolve("samples").resolve(fileName);
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static Optional<Path> bundledCopy(String fileName) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + fileName)) {
      if (in == null) {
        return Optional.empty();
      }
      Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "netwright-samples"));
      Path copy = folder.resolve(fileName);
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(copy);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
