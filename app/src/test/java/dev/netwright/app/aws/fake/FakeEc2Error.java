package dev.netwright.app.aws.fake;

/** An EC2 error the fake answers with: a code such as {@code InvalidVpcID.NotFound} and a message. */
final class FakeEc2Error extends RuntimeException {
  private final String code;
  private final int status;

  FakeEc2Error(String code, String message) {
    this(code, message, 400);
  }

  FakeEc2Error(String code, String message, int status) {
    super(message);
    this.code = code;
    this.status = status;
  }

  String code() {
    return code;
  }

  int status() {
    return status;
  }
}
