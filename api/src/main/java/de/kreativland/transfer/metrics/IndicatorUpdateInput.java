package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The changeable fields of an indicator; key, kind and source stay as they are, so figures keep their meaning")
public record IndicatorUpdateInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameDe,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String definition,
        @Schema(required = true, maxLength = 40) @NotBlank @Size(max = 40) String unit,
        @Schema(required = true) @NotNull IndicatorCategory category,
        @Schema(required = true) @NotNull ImpactLevel impactLevel,
        @Schema(required = true) @NotNull Boolean isPublic,
        @Schema(required = true, minimum = "0", maximum = "10000") @NotNull @Min(0) @Max(10000) Integer position) {
}
