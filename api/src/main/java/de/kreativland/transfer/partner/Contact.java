package de.kreativland.transfer.partner;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Contact person of an organisation (personal data: staff and the organisation's members only)")
public record Contact(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(nullable = true) String function,
        @Schema(nullable = true, format = "email") String email,
        @Schema(nullable = true) String phone,
        @Schema(required = true) long version) {

    static Contact of(ContactPerson c) {
        return new Contact(c.id, c.name, c.function, c.email, c.phone, c.version);
    }
}
