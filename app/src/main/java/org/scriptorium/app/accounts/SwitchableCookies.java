package org.scriptorium.app.accounts;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The process's cookie handler, installed before the first web view: the web engine keeps hold of the handler it
 * finds when it starts, so the way to give a sign-in window its own jar is to switch what this one handler uses.
 * Outside sign-ins it uses a jar of its own that nothing else sees.
 */
public final class SwitchableCookies extends CookieHandler {
    private static final SwitchableCookies INSTANCE = new SwitchableCookies();
    private final CookieManager outsideSignIns = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    private volatile CookieHandler current = outsideSignIns;

    private SwitchableCookies() {
    }

    /** Makes this the process's handler; call before any web view exists. */
    public static void install() {
        if (CookieHandler.getDefault() != INSTANCE) {
            CookieHandler.setDefault(INSTANCE);
        }
    }

    /** Sends every cookie to and from {@code jar} until the returned handle is closed. */
    static AutoCloseable use(CookieManager jar) {
        INSTANCE.current = jar;
        return () -> INSTANCE.current = INSTANCE.outsideSignIns;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return current.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        current.put(uri, responseHeaders);
    }
}
