package de.kreativland.transfer.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CONFIRMED holds a place; WAITLISTED waits in order of registration and moves up when a place frees; CANCELLED by the person")
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
