package de.kreativland.transfer.common;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Tombstone: the item was deleted, or no longer belongs to what the caller may see with these filters. A mirror drops it.")
public record Removal(
        @Schema(required = true, description = "Id (or key) of the removed item", maxLength = 200) String id,
        @Schema(required = true, description = "When it was removed") OffsetDateTime removedAt) {
}
