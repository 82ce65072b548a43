package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's profile; subject and contact only for staff and the coach itself, null for everybody else")
public record CoachProfile(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Clara Coach (Demo)", maxLength = 200) String name,
        @Schema(nullable = true, description = "Short bio, at most 2000 characters", maxLength = 2000) String bio,
        @Schema(required = true, description = "Keys of expertise topics, see /expertise-topics", maxItems = 20)
        List<@Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String> topics,
        @Schema(required = true, description = "States the coach works in", maxItems = 16) List<GermanState> regions,
        @Schema(required = true, description = "Languages as ISO 639-1 codes", maxItems = 20)
        List<@Size(max = 2) @Pattern(regexp = "^[a-z]{2}$") String> languages,
        @Schema(nullable = true, description = "Keycloak user of the coach", maxLength = 255) String subject,
        @Schema(nullable = true) CoachContact contact) {
}
