package de.kreativland.transfer.portrait;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.Submarket;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A portrait with its interview as written (Markdown) and as HTML")
public record PortraitDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 600) String teaser,
        @Schema(nullable = true, maxLength = 50000) String interviewMarkdown,
        @Schema(nullable = true, description = "The interview as HTML (raw HTML escaped, unsafe links dropped)", maxLength = 200000) String interviewHtml,
        @Schema(nullable = true, maxLength = 500) String videoUrl,
        @Schema(nullable = true, maxLength = 50000) String transcript,
        @Schema(required = true, maxItems = 20) List<PortraitPhoto> photos,
        @Schema(required = true, maxLength = 100) String town,
        @Schema(required = true) GermanState state,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(nullable = true) UUID organisationId,
        @Schema(nullable = true, maxLength = 300) String organisationName,
        @Schema(required = true, maxItems = 10) List<@Size(max = 50) String> tags,
        @Schema(required = true) PortraitStatus status,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}
