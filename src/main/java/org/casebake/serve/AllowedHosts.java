package org.casebake.serve;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the preview answers to: the loopback address and port {@code casebake serve} printed,
 * and {@code localhost} on that port. A web page the instructor visits can make the browser send
 * requests to 127.0.0.1 under the page's own host name (DNS rebinding) and read the answers, drafts
 * and teaching notes included; such requests carry that other name in {@code Host}, so they are
 * refused, as Vite's {@code server.allowedHosts} and webpack-dev-server's {@code allowedHosts}
 * refuse them. Stricter than both: an IP literal or a name on another port is refused too, and so is
 * a request without exactly one {@code Host}.
 */
final class AllowedHosts {

    private final Set<String> authorities;

    /** The names of a server listening on 127.0.0.1:{@code port}. */
    AllowedHosts(int port) {
        this.authorities = port == 80
                ? Set.of("127.0.0.1:80", "localhost:80", "127.0.0.1", "localhost")
                : Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /**
     * True when a request with these {@code Host} header values and this request target is for the
     * preview: one {@code Host} naming it, and no other name in an absolute request target.
     */
    boolean allow(List<String> hostHeaders, URI target) {
        if (hostHeaders == null || hostHeaders.size() != 1 || !allowed(hostHeaders.get(0))) {
            return false;
        }
        return target.getRawAuthority() == null && target.getScheme() == null || allowed(target.getRawAuthority());
    }

    private boolean allowed(String authority) {
        return authority != null && authorities.contains(authority.strip().toLowerCase(Locale.ROOT));
    }
}
