package de.kreativland.transfer.learning;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One author of a module: a coach or an organisation (exactly one of the two ids)")
public record AuthorInput(
        @Schema(nullable = true, description = "A coach, see /coaches") UUID coachId,
        @Schema(nullable = true, description = "A partner organisation") UUID organisationId) {
}
