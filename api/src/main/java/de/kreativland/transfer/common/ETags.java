package de.kreativland.transfer.common;

import jakarta.ws.rs.core.EntityTag;

/** ETags from @Version columns, and the If-Match check of every update. */
public final class ETags {
    /** Range of a version (bigint @Version column), for the contract's annotations. */
    public static final String MAX_VERSION = Bounds.LONG_MAX;
    /** Longest If-Match accepted: a few entity tags. */
    public static final int MAX_IF_MATCH = 200;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Throws 428 without If-Match or with the wildcard {@code *} (which would match any version and so
     * protect nothing), and 412 when it names another version than the current one.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        if (ifMatch.trim().equals("*")) {
            throw Problems.wildcardPrecondition();
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
