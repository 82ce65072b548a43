package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.GermanState;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's profile; subject and contact only for staff and the coach itself, null for everybody else")
public record CoachProfile(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Clara Coach (Demo)") String name,
        @Schema(nullable = true, description = "Short bio, at most 2000 characters") String bio,
        @Schema(required = true, description = "Keys of expertise topics, see /expertise-topics") List<String> topics,
        @Schema(required = true, description = "States the coach works in") List<GermanState> regions,
        @Schema(required = true, description = "Languages as ISO 639-1 codes") List<String> languages,
        @Schema(nullable = true, description = "Keycloak user of the coach") String subject,
        @Schema(nullable = true) CoachContact contact) {
}
