package de.kreativland.transfer.selection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of selection rounds, newest first")
public record RoundPage(
        @Schema(required = true) List<RoundSummary> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
