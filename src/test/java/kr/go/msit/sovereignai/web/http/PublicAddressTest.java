package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void anHttpsPublicAddressIsTheOnlyHostAndIsSecure() {
        PublicAddress address = new PublicAddress(Optional.of("https://review.msit.go.kr/"), Optional.empty());
        assertTrue(address.secure());
        assertEquals("review.msit.go.kr", address.authority("evil.example", 8080));
        assertEquals("https://review.msit.go.kr", address.baseUrl("localhost:8080", 8080));
    }

    @Test
    void unconfiguredOnlyLoopbackNamesOnTheOwnPortAreKept() {
        PublicAddress address = new PublicAddress(Optional.empty(), Optional.empty());
        assertFalse(address.secure());
        assertEquals("127.0.0.1:8580", address.authority("127.0.0.1:8580", 8580));
        assertEquals("localhost:8580", address.authority("evil.example", 8580));
        assertEquals("localhost:8580", address.authority("localhost:1", 8580));
        assertEquals("localhost:8580", address.authority("localhost.evil.example:8580", 8580));
        assertEquals("localhost:8580", address.authority(null, 8580));
    }

    @Test
    void onlyConfiguredProxiesAreTrusted() {
        PublicAddress address = new PublicAddress(Optional.of("https://x.kr"), Optional.of("10.0.0.2, 10.0.0.3"));
        assertTrue(address.trustsForwardingFrom("10.0.0.3"));
        assertFalse(address.trustsForwardingFrom("10.0.0.4"));
        assertFalse(new PublicAddress(Optional.empty(), Optional.empty()).trustsForwardingFrom("127.0.0.1"));
    }

    @Test
    void aPublicAddressWithAPathOrAnotherSchemeIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PublicAddress(Optional.of("https://x.kr/app"), Optional.empty()));
        assertThrows(
                IllegalArgumentException.class, () -> new PublicAddress(Optional.of("ftp://x.kr"), Optional.empty()));
    }
}
