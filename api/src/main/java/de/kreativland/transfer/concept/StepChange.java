package de.kreativland.transfer.concept;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a transfer plan step at one position changed between two versions")
public enum StepChange {
    UNCHANGED, CHANGED, ADDED, REMOVED
}
