package fr.heurecivique.web.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The resident's address, for the gateway's per-address rate limits (docs/web.md): without it every sign-up
 * made through the site would share web's own bucket.
 *
 * <p>The gateway resolves each browser request's client address itself (the peer, or the first untrusted address of
 * {@code X-Forwarded-For} when the peer is a trusted proxy) and gives it to web in {@value #HEADER}, after removing
 * any such header a client sent. Web reaches nothing but the gateway and is reached only through it, so it takes the
 * header as is; without it (a test, a direct call on the embedded default) the peer's address is the resident's. Web
 * then passes the address on in {@code X-Forwarded-For} when it calls the API, which the gateway trusts from web
 * only (a trusted proxy), see {@link ClientAddressInterceptor}.
 */
public final class ClientAddress {

    /** The header through which the gateway tells web the address of the browser it serves. */
    public static final String HEADER = "X-Client-Address";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String fromGateway = request.getHeader(HEADER);
        if (fromGateway != null && !fromGateway.isBlank() && fromGateway.length() <= 64
                && fromGateway.strip().matches("[0-9A-Fa-f.:]+")) {
            return fromGateway.strip();
        }
        return request.getRemoteAddr();
    }
}
