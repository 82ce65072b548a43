package de.kreativland.transfer.coach;

/** A representation with the @Version it was read at, for the ETag. */
record Versioned<T>(T body, long version) {
}
