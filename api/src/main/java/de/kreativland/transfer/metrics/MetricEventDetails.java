package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event held: own event, network talk, workshop or trip. Events held and participants are derived from these")
public record MetricEventDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) EventType type,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) String town,
        @Schema(required = true) UUID scopeId,
        @Schema(required = true) int participants,
        @Schema(required = true, description = "Organisations involved") List<UUID> organisationIds,
        @Schema(required = true) long version) {

    static MetricEventDetails of(MetricEvent e) {
        return new MetricEventDetails(e.id, e.title, e.type, e.heldOn, e.town, e.scopeId, e.participants, List.copyOf(e.organisationIds), e.version);
    }
}
