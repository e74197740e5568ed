package dev.netwright.app.aws;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.Region;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Sessions against a {@link FakeEc2}: static test credentials, tiny backoff and waiter delays. */
final class TestSessions {
  static final String ACCESS_KEY = "AKIDNETWRIGHTTEST01";
  static final String SECRET_KEY = "netwright/test/secret/KEY+do-not-leak";

  private TestSessions() {
  }

  /** Tiny backoff, no waiter delay; an attempt may take 3 s, as the first calls of a cold JVM on a busy machine do. */
  static AwsTuning fastTuning(int pageSize) {
    return new AwsTuning(Duration.ofMillis(1), 3, Duration.ofSeconds(3), Duration.ZERO, 10, pageSize);
  }

  static AwsSession session(FakeEc2 fake, int pageSize, Region... regions) {
    return session(fake, fastTuning(pageSize), regions);
  }

  static AwsSession session(FakeEc2 fake, AwsTuning tuning, Region... regions) {
    AwsSettings settings = new AwsSettings(null, regions.length == 0 ? List.of(Region.US_EAST_1) : List.of(regions), fake.endpoint(),
        tuning);
    return new AwsSession(settings, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
  }
}
