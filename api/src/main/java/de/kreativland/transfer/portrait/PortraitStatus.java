package de.kreativland.transfer.portrait;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT portraits are seen by staff (and their coach authors) only; PUBLISHED ones by everyone")
public enum PortraitStatus {
    DRAFT, PUBLISHED
}
