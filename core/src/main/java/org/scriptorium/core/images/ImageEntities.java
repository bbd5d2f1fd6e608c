package org.scriptorium.core.images;

import java.util.List;

/** What the image library maps onto its table; the studio hands it to the store, which knows no feature. */
public final class ImageEntities {
    public static final List<Class<?>> ALL = List.of(DraftImageRecord.class);

    private ImageEntities() {
    }
}
