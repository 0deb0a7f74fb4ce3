package io.hanport.app.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;

/** The process's own health: heap, threads, garbage collection, uptime. */
public final class JvmMetrics {

  private JvmMetrics() {}

  public static void writeTo(PrometheusText text) {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    text.gauge("jvm_memory_heap_used_bytes", "Heap in use.", Map.of(), heap.getUsed());
    text.gauge("jvm_memory_heap_max_bytes", "The heap's limit.", Map.of(), heap.getMax());
    text.gauge(
        "jvm_threads_live", "Live threads.", Map.of(), ManagementFactory.getThreadMXBean().getThreadCount());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      Map<String, String> collector = Map.of("gc", gc.getName());
      text.counter("jvm_gc_collections_total", "Garbage collections.", collector, gc.getCollectionCount());
      text.counter(
          "jvm_gc_collection_seconds_total", "Time spent collecting.", collector, gc.getCollectionTime() / 1000.0);
    }
    text.gauge(
        "process_uptime_seconds",
        "Seconds since hanport started.",
        Map.of(),
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
  }
}
