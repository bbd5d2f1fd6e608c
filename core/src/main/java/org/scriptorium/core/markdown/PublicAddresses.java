package org.scriptorium.core.markdown;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which IP addresses belong to the public internet. Everything else (this computer, the local network,
 * link-local, carrier-grade NAT, documentation, multicast and reserved ranges) is not public.
 */
final class PublicAddresses {

    private record Block(byte[] prefix, int bits) {
        boolean holds(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    // IANA's special-purpose IPv4 registry, plus multicast and the reserved 240/4 (with broadcast) as 224/3.
    private static final List<Block> NOT_PUBLIC_V4 = blocks(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3");
    // IPv6 is judged by what is public rather than by what is not: global unicast, 2000::/3, is the only
    // public range. That leaves out ::1, ::, unique-local fc00::/7, link-local fe80::/10, multicast, and the
    // forms that carry an IPv4 address inside (IPv4-compatible ::/96, NAT64 64:ff9b::/96).
    private static final Block GLOBAL_UNICAST_V6 = block("2000::/3");
    private static final Block DOCUMENTATION_V6 = block("2001:db8::/32");
    private static final Block SIX_TO_FOUR = block("2002::/16");

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        return switch (address) {
            case Inet4Address v4 -> NOT_PUBLIC_V4.stream().noneMatch(block -> block.holds(bytes));
            case Inet6Address v6 -> isPublicV6(bytes);
            default -> false;
        };
    }

    private static boolean isPublicV6(byte[] bytes) {
        if (!GLOBAL_UNICAST_V6.holds(bytes) || DOCUMENTATION_V6.holds(bytes)) {
            return false;
        }
        // 6to4 routes to the IPv4 address in bytes 2 to 5.
        return !SIX_TO_FOUR.holds(bytes) || isPublic(v4(Arrays.copyOfRange(bytes, 2, 6)));
    }

    private static List<Block> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(PublicAddresses::block).toList();
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        return new Block(InetAddress.ofLiteral(cidr.substring(0, slash)).getAddress(), Integer.parseInt(cidr.substring(slash + 1)));
    }

    static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("An IPv4 address has four bytes", e);
        }
    }
}
