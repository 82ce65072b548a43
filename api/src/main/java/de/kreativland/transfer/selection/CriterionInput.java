package de.kreativland.transfer.selection;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new criterion for the catalogue")
public record CriterionInput(
        @Schema(required = true, description = "Stable key in UPPER_SNAKE_CASE, unique", example = "REGIONAL_NETWORK")
        @NotNull @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "{kl.selection.criterion-key}") String key,
        @Schema(required = true) @NotBlank @Size(max = 200) String nameDe,
        @Schema(required = true) @NotBlank @Size(max = 200) String nameEn,
        @Schema(nullable = true) @Size(max = 2000) String descriptionDe,
        @Schema(nullable = true) @Size(max = 2000) String descriptionEn,
        @Schema(required = true, example = "1.0")
        @NotNull @DecimalMin("0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal weight,
        @Schema(required = true) @NotNull @Min(0) @Max(10000) Integer position,
        @Schema(required = true) @NotNull Boolean active) {
}
