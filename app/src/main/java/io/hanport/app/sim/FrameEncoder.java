package io.hanport.app.sim;

/** Turns what a meter knows into the exact bytes it sends for one push. */
interface FrameEncoder {

  byte[] encode(Push push, MeterReadout readout);
}
