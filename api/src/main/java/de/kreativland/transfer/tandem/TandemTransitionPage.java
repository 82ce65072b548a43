package de.kreativland.transfer.tandem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a tandem's history, oldest first")
public record TandemTransitionPage(
        @Schema(required = true) List<TandemTransition> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
