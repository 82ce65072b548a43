package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Prior knowledge a learning module assumes")
public enum ModuleLevel {
    BEGINNER, INTERMEDIATE, ADVANCED
}
