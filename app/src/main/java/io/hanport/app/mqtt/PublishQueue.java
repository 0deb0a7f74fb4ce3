package io.hanport.app.mqtt;

import io.hanport.app.pipeline.MeterReading;
import java.util.ArrayDeque;

/**
 * Readings waiting for the broker: bounded, and when full the oldest reading makes room for the
 * newest (a live value matters more than an old one), counted so that status can say so.
 */
final class PublishQueue {

  private final int capacity;
  private final ArrayDeque<MeterReading> readings = new ArrayDeque<>();
  private long dropped;

  PublishQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("MQTT queue capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  synchronized void offer(MeterReading reading) {
    if (readings.size() == capacity) {
      readings.removeFirst();
      dropped++;
    }
    readings.addLast(reading);
    notifyAll();
  }

  synchronized MeterReading take() throws InterruptedException {
    while (readings.isEmpty()) {
      wait();
    }
    return readings.removeFirst();
  }

  synchronized int size() {
    return readings.size();
  }

  synchronized long dropped() {
    return dropped;
  }
}
