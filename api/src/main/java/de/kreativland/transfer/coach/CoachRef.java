package de.kreativland.transfer.coach;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach by id and name")
public record CoachRef(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 200) String name) {
}
