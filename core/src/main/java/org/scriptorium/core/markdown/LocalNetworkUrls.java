package org.scriptorium.core.markdown;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which URLs a browser would fetch from somewhere other than the public internet: this computer, the
 * local network, or an address that is not public at all. The host is read the way a browser's URL parser
 * (WHATWG) reads it, so an address in an odd spelling ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1},
 * {@code [::ffff:127.0.0.1]}, full-width digits, percent-escapes) is still recognised.
 *
 * <p>Names are never looked up (decision 0001): only names that are local by definition count, such as
 * {@code localhost}, {@code *.local}, {@code *.internal} and single-label intranet names.
 */
final class LocalNetworkUrls {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern C0_CONTROL_OR_SPACE_AT_ENDS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern HEX_NUMBER = Pattern.compile("0[xX][0-9A-Fa-f]*");
    private static final List<String> LOCAL_NAME_SUFFIXES =
            List.of(".localhost", ".local", ".internal", ".home.arpa", ".localdomain");
    private static final BigInteger BYTE_MAX = BigInteger.valueOf(255);
    private static final int LONGEST_NUMBER = 40;

    private LocalNetworkUrls() {
    }

    /** True when fetching the URL would reach past the public internet, or its host cannot be read. */
    static boolean reachesLocalNetwork(String url) {
        return host(url).map(host -> !isPublicHost(host)).orElse(false);
    }

    /**
     * The host of an http(s) or scheme-relative URL, as written; empty for a URL that names no host (a relative
     * one, which the preview page has no base to resolve against, or one of another scheme, which loads nothing).
     */
    static Optional<String> host(String url) {
        String cleaned = C0_CONTROL_OR_SPACE_AT_ENDS.matcher(url).replaceAll("").replaceAll("[\\t\\n\\r]", "");
        String rest;
        Matcher scheme = SCHEME.matcher(cleaned);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                return Optional.empty();
            }
            rest = cleaned.substring(scheme.end());
        } else if (cleaned.length() >= 2 && isSlash(cleaned.charAt(0)) && isSlash(cleaned.charAt(1))) {
            rest = cleaned;
        } else {
            return Optional.empty();
        }
        // For http(s) a browser skips any run of slashes and backslashes, even none, before the host.
        int start = 0;
        while (start < rest.length() && isSlash(rest.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(start, end);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return Optional.of(close < 0 ? hostAndPort : hostAndPort.substring(0, close + 1));
        }
        int colon = hostAndPort.indexOf(':');
        return Optional.of(colon < 0 ? hostAndPort : hostAndPort.substring(0, colon));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean isPublicHost(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && ipv6(host.substring(1, host.length() - 1)).map(PublicAddresses::isPublic).orElse(false);
        }
        String name;
        try {
            // Percent-escapes first, then IDNA, which maps full-width digits and dots to ASCII, as a browser does.
            name = IDN.toASCII(percentDecoded(host), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (endsInANumber(name)) {
            return ipv4(name).map(PublicAddresses::isPublic).orElse(false);
        }
        return isPublicName(name);
    }

    private static boolean isPublicName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.indexOf('.') < 0 || name.equals("localhost")) {
            return false;
        }
        return LOCAL_NAME_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    private static Optional<InetAddress> ipv6(String literal) {
        if (literal.indexOf('%') >= 0) {
            return Optional.empty(); // a zone id: a browser rejects it, and it only ever names a local link
        }
        try {
            return Optional.of(Inet6Address.ofLiteral(literal));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A browser reads a host whose last label is a number as an IPv4 address, in whatever base and form. */
    private static boolean endsInANumber(String host) {
        List<String> parts = labels(host);
        if (parts.getLast().isEmpty()) {
            if (parts.size() == 1) {
                return false;
            }
            parts.removeLast();
        }
        String last = parts.getLast();
        return !last.isEmpty() && (last.chars().allMatch(c -> c >= '0' && c <= '9') || HEX_NUMBER.matcher(last).matches());
    }

    /** WHATWG's IPv4 parser: one to four parts, each decimal, octal (leading 0) or hex (0x); the last fills the rest. */
    private static Optional<InetAddress> ipv4(String host) {
        List<String> parts = labels(host);
        if (parts.getLast().isEmpty() && parts.size() > 1) {
            parts.removeLast();
        }
        if (parts.size() > 4) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger number = ipv4Number(part);
            if (number == null) {
                return Optional.empty();
            }
            numbers.add(number);
        }
        for (BigInteger number : numbers.subList(0, numbers.size() - 1)) {
            if (number.compareTo(BYTE_MAX) > 0) {
                return Optional.empty();
            }
        }
        BigInteger last = numbers.getLast();
        if (last.compareTo(BigInteger.valueOf(256).pow(5 - numbers.size())) >= 0) {
            return Optional.empty();
        }
        long address = last.longValue();
        for (int i = 0; i < numbers.size() - 1; i++) {
            address += numbers.get(i).longValue() << (8 * (3 - i));
        }
        return Optional.of(PublicAddresses.v4(new byte[] {
            (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address}));
    }

    private static BigInteger ipv4Number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        int base = radix;
        if (digits.length() > LONGEST_NUMBER || !digits.chars().allMatch(c -> c < 128 && Character.digit(c, base) >= 0)) {
            return null;
        }
        return new BigInteger(digits, radix);
    }

    private static List<String> labels(String host) {
        return new ArrayList<>(List.of(host.split("\\.", -1)));
    }

    private static String percentDecoded(String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(host.length());
        byte[] raw = host.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
