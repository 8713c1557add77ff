package fr.heurecivique.gateway.clients;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.netty.http.server.ConnectionInformation;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the person behind a request, for the per-address rate limits and for web (docs/web.md).
 *
 * <p>The direct peer is the client, unless it is a trusted proxy ({@code heure-civique.gateway.trusted-proxies}: the
 * ingress, web, the load balancers): then {@code X-Forwarded-For} is read from the right, each trusted address
 * skipped, and the first untrusted one is the client. A client reaching the gateway directly cannot choose its
 * address by sending the header: it is not a trusted peer, so the header is ignored. An address written to the left
 * of the one a trusted proxy appended is never reached either.
 */
public final class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Pattern trustedProxies;

    /** @param trustedProxies a regular expression of trusted proxy addresses; blank: none */
    public ClientAddresses(String trustedProxies) {
        this.trustedProxies = trustedProxies == null || trustedProxies.isBlank() ? null
                : Pattern.compile(trustedProxies);
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress peer = connectionPeer(request);
        String address = peer == null ? "unknown"
                : peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
        return resolve(address, request.getHeaders().getValuesAsList(FORWARDED_FOR));
    }

    /**
     * The TCP peer. Not {@link ServerHttpRequest#getRemoteAddress()}: for a peer in Gateway's own trusted proxies, Reactor
     * Netty has already replaced that by the left-most {@code X-Forwarded-For} entry, which the first client wrote.
     */
    private static InetSocketAddress connectionPeer(ServerHttpRequest request) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
        if (nativeRequest instanceof ConnectionInformation connection
                && connection.connectionRemoteAddress() instanceof InetSocketAddress address) {
            return address;
        }
        return request.getRemoteAddress();
    }

    /** @param forwardedFor the {@code X-Forwarded-For} header lines, each a comma-separated list */
    public String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            String hop = hops.get(i);
            if (!isAddress(hop)) {
                // Garbage where an address should be: stop at the last address a trusted proxy vouched for.
                break;
            }
            client = hop;
        }
        return client;
    }

    public boolean isTrusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static boolean isAddress(String value) {
        return value.length() <= 45 && value.matches("[0-9A-Fa-f.:]+");
    }
}
