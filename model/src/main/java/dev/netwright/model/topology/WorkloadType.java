package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;

/** What a workload is: an EC2 instance, or the network interface another service puts in a subnet. */
public enum WorkloadType {
  EC2_INSTANCE("ec2-instance", "EC2 instance"),
  LAMBDA("lambda", "Lambda function"),
  ECS_TASK("ecs-task", "ECS task"),
  RDS("rds", "RDS instance"),
  LOAD_BALANCER("load-balancer", "load balancer"),
  NETWORK_INTERFACE("network-interface", "network interface");

  private final String slug;
  private final String label;

  WorkloadType(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  /** As files and the command line write it: {@code ec2-instance}, {@code lambda}, ... */
  public String slug() {
    return slug;
  }

  /** How a person names it: "EC2 instance", "Lambda function", ... */
  public String label() {
    return label;
  }

  public static WorkloadType fromSlug(String text) {
    for (WorkloadType type : values()) {
      if (type.slug.equals(text)) {
        return type;
      }
    }
    throw new InvalidValueException("'" + text + "' is not a workload type: use ec2-instance, lambda, ecs-task, rds,"
        + " load-balancer or network-interface");
  }

  @Override
  public String toString() {
    return slug;
  }
}
