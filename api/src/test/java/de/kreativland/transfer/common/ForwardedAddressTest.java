package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without KL_PROXY_ADDRESS_FORWARDING nobody is a trusted proxy: X-Forwarded-For cannot buy a fresh rate limit. */
@QuarkusTest
class ForwardedAddressTest extends ApiTest {

    private static long remainingWith(String forwardedFor) {
        return Long.parseLong(api().header("X-Forwarded-For", forwardedFor).when().get("/api/v1/partners?size=1")
                .then().statusCode(200).extract().header("RateLimit-Remaining"));
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerCountsAgainstThePeersOwnAddress() {
        long first = remainingWith("198.51.100.1");
        long second = remainingWith("198.51.100.2");
        assertEquals(first - 1, second);
    }
}
