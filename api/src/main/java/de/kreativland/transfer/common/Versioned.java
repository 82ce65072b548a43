package de.kreativland.transfer.common;

/** A representation with the @Version it was read at, for the ETag. */
public record Versioned<T>(T body, long version) {
}
