package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Lifecycle of a learning path; staff set it directly")
public enum PathStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
