package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.GermanState;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation of a tandem or a suggestion")
public record TandemOrganisation(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 120) String town,
        @Schema(required = true) GermanState state) {
}
