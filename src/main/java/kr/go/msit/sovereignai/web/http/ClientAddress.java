package kr.go.msit.sovereignai.web.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a client address is counted under by the throttles: an IPv4 address as it is, an IPv6 address by its /64
 * network (one subscriber line or LAN gets a whole /64, so counting single IPv6 addresses would give one client
 * billions of fresh allowances), an IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) as the IPv4 address.
 * Anything that is not an IP literal is kept as it is (cut to 64 characters); no name is ever looked up.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** An IPv6 literal (a colon makes the JDK parse it as one and never look it up), maybe bracketed or zoned. */
    private static final Pattern IPV6 =
            Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z_.-]{1,32})?\\]?");

    private ClientAddress() {}

    /** The counting key of {@code address} (as {@code getRemoteAddr()} gives it). */
    public static String key(String address) {
        String given = address == null ? "" : address.strip();
        if (given.length() <= 80
                && (IPV4.matcher(given).matches() || IPV6.matcher(given).matches())) {
            String literal = given.replace("[", "").replace("]", "");
            int zone = literal.indexOf('%');
            if (zone >= 0) {
                literal = literal.substring(0, zone);
            }
            try {
                // Only literals reach here (checked above), so this parses and never asks DNS.
                InetAddress parsed = InetAddress.getByName(literal);
                if (parsed instanceof Inet4Address) {
                    return parsed.getHostAddress();
                }
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                                .append(':');
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException | SecurityException notALiteral) {
                // fall through: counted as given
            }
        }
        String lower = given.toLowerCase(Locale.ROOT);
        return lower.length() > 64 ? lower.substring(0, 64) : lower;
    }
}
