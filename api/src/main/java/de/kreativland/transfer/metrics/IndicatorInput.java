package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new indicator. DERIVED indicators name the records they are computed from and take no measurements")
public record IndicatorInput(
        @Schema(required = true, pattern = "^[a-z][a-z0-9_]{1,62}$") @NotNull @Size(max = IndicatorKeys.MAX_LENGTH) @Pattern(regexp = IndicatorKeys.PATTERN) String key,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameDe,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String definition,
        @Schema(required = true, maxLength = 40) @NotBlank @Size(max = 40) String unit,
        @Schema(required = true) @NotNull IndicatorKind kind,
        @Schema(required = true) @NotNull IndicatorCategory category,
        @Schema(required = true) @NotNull ImpactLevel impactLevel,
        @Schema(required = true) @NotNull IndicatorSource source,
        @Schema(nullable = true, description = "Required for DERIVED, absent for MANUAL") Derivation derivation,
        @Schema(nullable = true, description = "Shown in the public report; false when omitted") Boolean isPublic,
        @Schema(nullable = true, minimum = "0", maximum = "10000") @Min(0) @Max(10000) Integer position) {
}
