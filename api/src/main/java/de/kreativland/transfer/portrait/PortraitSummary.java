package de.kreativland.transfer.portrait;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.Submarket;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A portrait in a list")
public record PortraitSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 600) String teaser,
        @Schema(required = true, maxLength = 100) String town,
        @Schema(required = true) GermanState state,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(required = true, maxItems = 10) List<@Size(max = 50) String> tags,
        @Schema(nullable = true) UUID organisationId,
        @Schema(required = true, description = "Whether there is a video") boolean hasVideo,
        @Schema(nullable = true, description = "The first photo, if any") PortraitPhoto photo,
        @Schema(required = true) PortraitStatus status,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "With a search term: the passage that matched, matches in <mark>", maxLength = 2000) String snippet) {
}
