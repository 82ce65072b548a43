package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's profile to create or replace")
public record CoachInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String bio,
        @Schema(required = true, description = "Keys of expertise topics, see /expertise-topics")
        @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 40) @Pattern(regexp = TOPIC_KEY) String> topics,
        @Schema(nullable = true, description = "States the coach works in; none when omitted")
        @Size(max = 16) List<@NotNull GermanState> regions,
        @Schema(nullable = true, description = "Languages as ISO 639-1 codes; none when omitted")
        @Size(max = 20) List<@NotNull @Size(max = 2) @Pattern(regexp = "^[a-z]{2}$") String> languages,
        @Schema(nullable = true, format = "email", maxLength = 254) @Email @Pattern(regexp = "^[^@\\s]+@[^@\\s]+$") @Size(max = 254) String email,
        @Schema(nullable = true, maxLength = 40) @Pattern(regexp = "^[+0-9 ()/-]*$") @Size(max = 40) String phone,
        @Schema(nullable = true, description = "Keycloak user of the coach; only staff may set or change it")
        @Size(min = 1, max = 255) String subject) {

    static final String TOPIC_KEY = "^[A-Z_]{1,40}$";
}
