package de.kreativland.transfer.portrait;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.Submarket;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A portrait to draft or save: an interview (Markdown), or a video link with its transcript, or both")
public record PortraitInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(required = true, maxLength = 600) @NotBlank @Size(max = 600) String teaser,
        @Schema(nullable = true, description = "The interview as GitHub-flavoured Markdown", maxLength = 50000) @Size(max = 50000) String interviewMarkdown,
        @Schema(nullable = true, description = "Link to the video on its platform; embedded only after the visitor clicks", maxLength = 500, pattern = Portrait.HTTP_URL)
        @Size(max = 500) @Pattern(regexp = Portrait.HTTP_URL, message = "must be an http(s) URL") String videoUrl,
        @Schema(nullable = true, description = "Transcript of the video; required with a video", maxLength = 50000) @Size(max = 50000) String transcript,
        @Schema(nullable = true, maxItems = 20) @Size(max = 20) List<@Valid @NotNull PortraitPhoto> photos,
        @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String town,
        @Schema(required = true) @NotNull GermanState state,
        @Schema(nullable = true, maxItems = 12) @Size(max = 12) List<@NotNull Submarket> submarkets,
        @Schema(nullable = true, description = "The organisation portrayed, if it is in the directory") UUID organisationId,
        @Schema(nullable = true, description = "Tags such as the campaign hashtag, with or without #", maxItems = 10)
        @Size(max = 10) List<@NotBlank @Size(max = 50) @Pattern(regexp = PortraitInput.TAG, message = "must be one word without spaces, commas or inner #") String> tags) {
    static final String TAG = "^#?[^\\s#,]{1,49}$";
}
