package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Level of the impact chain as in the German Social Reporting Standard (SRS)")
public enum ImpactLevel {
    INPUT, OUTPUT, OUTCOME, IMPACT
}
