package io.hanport.app.tariff;

import java.util.Optional;

/**
 * Income for energy fed into the grid: the spot price (when the contract pays spot) and the grid
 * company's benefit per kWh (Swedish "nätnytta"). Paid without VAT to private producers.
 */
public record ExportRule(boolean spot, Optional<Charge> gridBenefit) {}
