package de.kreativland.transfer.concept;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of transfer concepts: best search match first with q, otherwise last changed first")
public record ConceptPage(
        @Schema(required = true) List<ConceptSummary> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
