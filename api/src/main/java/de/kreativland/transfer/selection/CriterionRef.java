package de.kreativland.transfer.selection;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A criterion as an assessment names it")
public record CriterionRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 60, pattern = "^[A-Z][A-Z0-9_]{0,59}$") String key,
        @Schema(required = true, maxLength = 200) String nameDe,
        @Schema(required = true, maxLength = 200) String nameEn,
        @Schema(required = true) BigDecimal weight,
        @Schema(required = true) boolean active) {
}
