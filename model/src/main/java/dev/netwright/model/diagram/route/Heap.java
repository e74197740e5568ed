package dev.netwright.model.diagram.route;

import java.util.Arrays;

/** A binary min-heap of int items by double priority, without boxing. */
final class Heap {
  private double[] keys = new double[256];
  private int[] items = new int[256];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  void push(double key, int item) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      items = Arrays.copyOf(items, size * 2);
    }
    int at = size++;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      keys[at] = keys[parent];
      items[at] = items[parent];
      at = parent;
    }
    keys[at] = key;
    items[at] = item;
  }

  int pop() {
    int top = items[0];
    size--;
    double key = keys[size];
    int item = items[size];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= key) {
        break;
      }
      keys[at] = keys[child];
      items[at] = items[child];
      at = child;
    }
    keys[at] = key;
    items[at] = item;
    return top;
  }
}
