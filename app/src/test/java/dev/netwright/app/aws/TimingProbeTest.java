package dev.netwright.app.aws;

import dev.netwright.app.aws.fake.FakeEc2;
import org.junit.jupiter.api.Test;

class TimingProbeTest {
  @Test
  void probe() {
    try (FakeEc2 fake = new FakeEc2(); AwsSession session = TestSessions.session(fake, 1000)) {
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        Plan plan = new Planner(session).plan(Designs.representative(), ProgressListener.NONE, new Cancellation());
        long mid = System.nanoTime();
        int before = fake.callCount();
        ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());
        long end = System.nanoTime();
        System.out.println("plan ms " + (mid - start) / 1e6 + " apply ms " + (end - mid) / 1e6 + " calls " + (fake.callCount() - before)
            + " " + result.succeeded() + " " + result.failure());
        System.out.println(fake.calls().subList(before, fake.callCount()));
      }
    }
  }
}
