package de.kreativland.transfer.coach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new expertise topic; its key (capitals and underscores) is fixed once created")
public record ExpertiseTopicInput(
        @Schema(required = true, example = "CULTURAL_EDUCATION", maxLength = 40, pattern = CoachInput.TOPIC_KEY)
        @NotNull @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String key,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameDe,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(required = true, minimum = "0", maximum = "1000") @NotNull @Min(0) @Max(1000) Integer position) {
}
