package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "MANUAL figures are entered as measurements; DERIVED figures are computed from records and never entered")
public enum IndicatorSource {
    MANUAL, DERIVED
}
