package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A network initiative the centre supported; network initiatives supported is derived from these")
public record NetworkInitiativeDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 300) String name,
        @Schema(required = true) LocalDate supportedOn,
        @Schema(required = true) UUID scopeId,
        @Schema(maxLength = 100) String town,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static NetworkInitiativeDetail of(NetworkInitiative n) {
        return new NetworkInitiativeDetail(n.id, n.name, n.supportedOn, n.scopeId, n.town, n.version);
    }
}
