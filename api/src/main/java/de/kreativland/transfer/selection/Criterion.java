package de.kreativland.transfer.selection;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection criterion of the catalogue with its weight")
public record Criterion(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable key", example = "TRANSFERABILITY") String key,
        @Schema(required = true, example = "Übertragbarkeit") String nameDe,
        @Schema(required = true, example = "Transferability") String nameEn,
        @Schema(nullable = true) String descriptionDe,
        @Schema(nullable = true) String descriptionEn,
        @Schema(required = true, description = "Weight in the weighted score, greater than 0", example = "1.5") BigDecimal weight,
        @Schema(required = true, description = "Order in the catalogue") int position,
        @Schema(required = true, description = "Only active criteria are scored and count towards the weighted score") boolean active,
        @Schema(required = true, description = "Version; send it quoted as If-Match to update") long version) {

    static Criterion of(SelectionCriterion c) {
        return new Criterion(c.id, c.key, c.nameDe, c.nameEn, c.descriptionDe, c.descriptionEn, c.weight, c.position,
                c.active, c.version);
    }
}
