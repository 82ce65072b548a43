package de.kreativland.transfer.selection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection round with its candidates, ranked by weighted score")
public record Round(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(nullable = true) String description,
        @Schema(required = true) RoundStatus status,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, description = "Version of the round's own fields; the ETag") long version,
        @Schema(required = true, description = "Scored candidates by weighted score (highest first), then by organisation name; unscored candidates last")
        List<RankedCandidate> candidates) {
}
