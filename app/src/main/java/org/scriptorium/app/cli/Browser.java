package org.scriptorium.app.cli;

import java.awt.Desktop;
import java.net.URI;

/** Opens an address in the system browser when there is one (a desktop session); on a server the printed address is enough. */
final class Browser {
    private Browser() {
    }

    static void open(URI address) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
            }
        } catch (Exception noBrowser) {
            // the address was printed; the user opens it by hand
        }
    }
}
