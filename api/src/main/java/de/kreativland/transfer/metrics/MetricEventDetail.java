package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event held: own event, network talk, workshop or trip. Events held and participants are derived from these")
public record MetricEventDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) EventType type,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true, maxLength = 100) String town,
        @Schema(required = true) UUID scopeId,
        @Schema(required = true, minimum = "0", maximum = "1000000") int participants,
        @Schema(required = true, description = "Organisations involved", maxItems = 100) List<UUID> organisationIds,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static MetricEventDetail of(MetricEvent e) {
        return new MetricEventDetail(e.id, e.title, e.type, e.heldOn, e.town, e.scopeId, e.participants, List.copyOf(e.organisationIds), e.version);
    }
}
