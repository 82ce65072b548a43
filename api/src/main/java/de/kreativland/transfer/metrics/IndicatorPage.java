package de.kreativland.transfer.metrics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of indicators, in report order")
public record IndicatorPage(
        @Schema(required = true) List<IndicatorDefinition> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
