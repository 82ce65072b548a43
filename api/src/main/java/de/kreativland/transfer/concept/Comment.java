package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Bounds;
import de.kreativland.transfer.common.ETags;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review comment on one section of one version, or a reply to one")
public record Comment(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int versionNumber,
        @Schema(required = true) SectionKey section,
        @Schema(nullable = true, description = "The comment this replies to") UUID parentId,
        @Schema(required = true, description = "Markdown", maxLength = 10000) String body,
        @Schema(required = true, maxLength = CurrentUser.MAX_NAME) String authorName,
        @Schema(required = true) boolean resolved,
        @Schema(nullable = true) OffsetDateTime resolvedAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version of the comment; the ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}
