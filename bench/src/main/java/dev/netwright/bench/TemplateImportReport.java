package dev.netwright.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.netwright.model.Region;
import dev.netwright.model.cfn.TemplateExporter;
import dev.netwright.model.cfn.TemplateFormat;
import dev.netwright.model.cfn.TemplateImporter;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * {@link TemplateImportBenchmarks}' reads timed by wall clock and by the CPU time of the whole
 * process (and of the reading thread alone), with the heap in use after each read, for a shared machine where the wall clock
 * mostly measures the neighbours.
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar dev.netwright.bench.TemplateImportReport [subnets] [runs]}
 */
public final class TemplateImportReport {
  private TemplateImportReport() {
  }

  public static void main(String[] args) {
    int subnets = args.length > 0 ? Integer.parseInt(args[0]) : 15_600;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Document design = new Document("bench", "", Region.US_EAST_1, DesignGenerator.generate(subnets), Layout.empty());
    int resources = TemplateExporter.template(design).path("Resources").size();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (TemplateFormat format : TemplateFormat.values()) {
      String text = TemplateExporter.export(design, format);
      for (int run = 0; run < runs; run++) {
        System.gc();
        long cpu = os.getProcessCpuTime();
        long threadCpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long allAllocated = allocated(threads);
        long wall = System.nanoTime();
        Object read = TemplateImporter.parse(text, "bench", null);
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
        long threadCpuMs = (threads.getCurrentThreadCpuTime() - threadCpu) / 1_000_000;
        long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024);
        long allAllocatedMb = (allocated(threads) - allAllocated) / (1024 * 1024);
        long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf(Locale.ROOT, "%s %d resources (%d characters): wall %d ms, thread CPU %d ms, process CPU %d ms, allocated %d MB (all threads %d MB), heap in use after %d MB%n",
            format.slug(), resources, text.length(), wallMs, threadCpuMs, cpuMs, allocatedMb, allAllocatedMb, heapMb);
        if (read == null) {
          throw new IllegalStateException();
        }
      }
    }
  }

  /** The bytes all live threads have allocated (the layout's pool threads included). */
  private static long allocated(com.sun.management.ThreadMXBean threads) {
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(bytes, 0);
    }
    return total;
  }
}
