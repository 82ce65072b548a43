package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.GermanState;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The organisation behind a candidate")
public record CandidateOrganisation(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 120) String town,
        @Schema(required = true) GermanState state) {
}
