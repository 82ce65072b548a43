package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.ETags;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection criterion of the catalogue with its weight")
public record Criterion(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable key", example = "TRANSFERABILITY", maxLength = 60, pattern = "^[A-Z][A-Z0-9_]{0,59}$") String key,
        @Schema(required = true, example = "Übertragbarkeit", maxLength = 200) String nameDe,
        @Schema(required = true, example = "Transferability", maxLength = 200) String nameEn,
        @Schema(nullable = true, maxLength = 2000) String descriptionDe,
        @Schema(nullable = true, maxLength = 2000) String descriptionEn,
        @Schema(required = true, description = "Weight in the weighted score, greater than 0", example = "1.5") BigDecimal weight,
        @Schema(required = true, description = "Order in the catalogue", minimum = "0", maximum = "10000") int position,
        @Schema(required = true, description = "Only active criteria are scored and count towards the weighted score") boolean active,
        @Schema(required = true, description = "Version; send it quoted as If-Match to update", minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static Criterion of(SelectionCriterion c) {
        return new Criterion(c.id, c.key, c.nameDe, c.nameEn, c.descriptionDe, c.descriptionEn, c.weight, c.position,
                c.active, c.version);
    }
}
