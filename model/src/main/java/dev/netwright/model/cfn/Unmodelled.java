package dev.netwright.model.cfn;

/**
 * Why a resource of a modelled type still cannot become an element (it refers to a VPC outside
 * the template, its block comes from IPAM, ...). The importer keeps such a resource opaque and
 * reports the reason; it is no error of the template's.
 */
final class Unmodelled extends RuntimeException {
  Unmodelled(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
