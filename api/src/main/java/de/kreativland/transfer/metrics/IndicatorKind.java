package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FLOW adds up over time (events held); STOCK is a level at a date (followers)")
public enum IndicatorKind {
    FLOW, STOCK
}
