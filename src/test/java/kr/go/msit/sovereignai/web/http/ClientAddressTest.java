package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Issue 22: IPv6 clients are counted by /64, IPv4 whole, IPv4-mapped IPv6 as IPv4. */
class ClientAddressTest {

    @Test
    void anIpv4AddressStaysWhole() {
        assertEquals("192.0.2.1", ClientAddress.key("192.0.2.1"));
        assertNotEquals(ClientAddress.key("192.0.2.1"), ClientAddress.key("192.0.2.2"));
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64() {
        String one = ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:1");
        assertEquals(one, ClientAddress.key("2001:db8:1:2::ffff"));
        assertEquals(one, ClientAddress.key("2001:0DB8:0001:0002:0:0:0:9"), "however it is spelled");
        assertEquals(one, ClientAddress.key("[2001:db8:1:2::5%eth0]"), "brackets and zone dropped");
        assertNotEquals(one, ClientAddress.key("2001:db8:1:3::1"), "the next /64 is another client");
        assertEquals("2001:db8:1:2::/64", one);
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertEquals("192.0.2.1", ClientAddress.key("::ffff:192.0.2.1"));
        assertEquals("192.0.2.1", ClientAddress.key("0:0:0:0:0:ffff:c000:201"));
    }

    @Test
    void anythingElseIsKeptCutAndNeverLookedUp() {
        assertEquals("example.kr", ClientAddress.key("example.kr"), "not a literal: counted as given, no DNS");
        assertEquals("", ClientAddress.key(null));
        assertEquals(64, ClientAddress.key("x".repeat(1000)).length());
        assertEquals("1:2:3", ClientAddress.key("1:2:3"), "an invalid IPv6 literal is kept as given");
    }
}
