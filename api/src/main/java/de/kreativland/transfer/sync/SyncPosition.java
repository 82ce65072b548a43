package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.Problems;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a client stands in a collection's change feed: after the change (txid, seq), optionally only
 * changes made since a moment. Clients see it only as the opaque {@code cursor} string.
 */
public record SyncPosition(String txid, long seq, Instant since) {
    static final SyncPosition START = new SyncPosition("0", 0, null);
    /** The moments a feed can be asked from: the database holds far more, but no change predates the Unix epoch. */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** PostgreSQL's xid8: an unsigned 64-bit transaction id. */
    private static final BigInteger MAX_TXID = new BigInteger("18446744073709551615");

    static boolean inRange(Instant since) {
        return !since.isBefore(EARLIEST) && !since.isAfter(LATEST);
    }

    static SyncPosition since(Instant since) {
        return new SyncPosition("0", 0, since);
    }

    SyncPosition after(String txid, long seq) {
        return new SyncPosition(txid, seq, since);
    }

    public String cursor() {
        String plain = "1." + txid + "." + seq + "." + (since == null ? "" : since.toEpochMilli());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    static SyncPosition parse(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", -1);
            if (parts.length != 4 || !parts[0].equals("1") || !parts[1].matches("\\d{1,20}")) {
                throw new IllegalArgumentException(plain);
            }
            Instant since = parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3]));
            long seq = Long.parseLong(parts[2]);
            if (new BigInteger(parts[1]).compareTo(MAX_TXID) > 0 || seq < 0 || (since != null && !inRange(since))) {
                throw new IllegalArgumentException(plain);
            }
            return new SyncPosition(parts[1], seq, since);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQuery("cursor", "sync.cursor-unknown");
        }
    }
}
