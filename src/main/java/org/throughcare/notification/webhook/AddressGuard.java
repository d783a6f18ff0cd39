package org.throughcare.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from being turned against our own network (SSRF): an address must be https and its host must
 * resolve only to public addresses — no private, loopback, link-local, multicast or unspecified address, in IPv4 or
 * IPv6, nor one of those wrapped in an IPv6 address. Checked when an endpoint is saved and again before each
 * sending, because a name can be made to resolve elsewhere after it was saved (DNS rebinding).
 * {@code throughcare.webhooks.allow-private-addresses=true} lifts both rules, for tests and local receivers only.
 */
public class AddressGuard {

    /** Why an address is refused, as a message key. */
    public record Refusal(String messageKey) {
    }

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The refusal of this address, or empty when it may be called. */
    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("validation.webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getUserInfo() != null) {
            return refuse("validation.webhook.url.invalid");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return refuse("validation.webhook.url.https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            return refuse("validation.webhook.url.unresolvable");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return refuse("validation.webhook.url.private");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String key) {
        return Optional.of(new Refusal(key));
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments,
            // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and the broadcast address.
            return first != 0 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; and IPv4 addresses carried inside IPv6 (::a.b.c.d, ::ffff:a.b.c.d, NAT64
            // 64:ff9b::/96, 6to4 2002::/16), judged by the IPv4 address they carry.
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
                return isPublic(ipv4(b, 12));
            }
            if (b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
                return isPublic(ipv4(b, 12));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic(ipv4(b, 2));
            }
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int at) {
        try {
            return InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
