package io.hanport.app.sim;

/** One part of the household's load; pure: the same slot always adds the same load. */
interface Appliance {

  void addLoad(Slot slot, LoadSum sum);
}
