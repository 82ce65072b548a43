package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Buckets of a report's time series: ISO weeks (Monday to Sunday), calendar months or quarters, cut to the report's range")
public enum ReportInterval {
    WEEK, MONTH, QUARTER
}
