package org.scriptorium.core.images;

import org.scriptorium.core.ScriptoriumException;

/** The library has no image with this hash (deleted by hand, or a row from another device not yet synced). */
public final class ImageNotFound extends ScriptoriumException {
    public ImageNotFound(String hash) {
        super("The image " + hash.substring(0, Math.min(12, hash.length())) + "… is not in the image library.");
    }
}
