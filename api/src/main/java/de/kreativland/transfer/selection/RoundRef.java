package de.kreativland.transfer.selection;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection round by id, name and status")
public record RoundRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) RoundStatus status) {
}
