package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.ETags;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection round with its candidates, ranked by weighted score")
public record Round(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 2000) String description,
        @Schema(required = true) RoundStatus status,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, description = "Version of the round's own fields; the ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version,
        @Schema(required = true, description = "Scored candidates by weighted score (highest first), then by organisation name; unscored candidates last",
                maxItems = SelectionRoundService.MAX_CANDIDATES) List<RankedCandidate> candidates) {
}
