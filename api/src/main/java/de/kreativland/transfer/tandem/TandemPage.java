package de.kreativland.transfer.tandem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of tandems, last changed first")
public record TandemPage(
        @Schema(required = true) List<TandemSummary> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
