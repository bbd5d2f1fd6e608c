package org.scriptorium.core.writing.offline;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.TokenSink;

class ScratchTest {
    @Test
    void print() {
        var w = new OfflineWriter();
        var o = w.outline(Briefs.heatPumps(), TokenSink.NONE, Progress.NONE);
        System.out.println(o.toMarkdown());
        String d = w.draft(Briefs.heatPumps(), o, TokenSink.NONE, Progress.NONE);
        System.out.println(d);
        System.out.println(w.seo(o.title(), d, Progress.NONE));
    }
}
