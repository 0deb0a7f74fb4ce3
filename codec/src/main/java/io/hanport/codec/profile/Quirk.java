package io.hanport.codec.profile;

/**
 * Meter behaviour that departs from the plain reading of the bytes, named so that each has one
 * place in the profile data and one test holding the capture that shows it (ARCHITECTURE.md, error
 * model rule 3).
 */
public enum Quirk {

  /**
   * Kamstrup lists start with their list id ({@code Kamstrup_V0001}) as a bare visible-string with
   * no OBIS code ([KAM-NO]); it is given the standard list id code 1-1:0.2.129.255 so that readings
   * find it where Aidon and Kaifa put theirs. Test: capture hdlc_no_kamstrup_list1_em001.
   */
  LIST_ID_WITHOUT_OBIS,

  /**
   * Kamstrup 1-phase meters keep the 3-phase list length by sending null-data pairs {@code 00 00}
   * in place of the L2/L3 entries ([AMSHAN] real samples): they yield no objects. Test: capture
   * apdu_no_kamstrup_1ph_real_amshan.
   */
  NULL_PLACEHOLDERS,

  /**
   * Kamstrup energy registers count 10 Wh in the Norwegian HAN-NVE configuration ([KAM-NO]: scaler
   * +1) and Wh elsewhere (Swedish units, [AMSR] gh239). Nothing on the wire says which; the only
   * difference in the bytes is the meter type number (1-1:96.1.1), whose last three digits name the
   * configuration: every Norwegian capture ends in {@code 040} (em001, roarfred, amshan 1-phase),
   * Swedish ones in {@code 09x} (gh239, Kamstrup-Sweden.raw, amshan's comment frame). So: {@code
   * …040} reads 10 Wh, any other type Wh, and a list without the type leaves the registers unscaled
   * with a warning rather than guess. Tests: hdlc_se_kamstrup_hourly_gh239_2 (Wh) and
   * hdlc_no_kamstrup_list2_hourly_em001 (10 Wh).
   */
  ENERGY_RESOLUTION_BY_TYPE_NUMBER,

  /**
   * Kamstrup CT meters (type numbers 685…) report current in mA instead of 0.01 A ([AMSHAN]). A
   * list without the type leaves currents unscaled with a warning: capture
   * hdlc_dk_kamstrup_ct_gh216 proves why, its currents read as 0.01 A would make 640 kVA of a 63
   * kVA load (P 2585 W, Q 63364 var, power factor 0.04 in the same frame).
   */
  CURRENT_RESOLUTION_BY_TYPE_NUMBER
}
