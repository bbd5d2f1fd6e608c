package org.scriptorium.core.drafts;

import org.scriptorium.core.ScriptoriumException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample drafts shipped in the resources module, for a first look at the studio. They carry fixed ids,
 * so opening the demo twice adds nothing the second time.
 */
public final class DemoWorkspace {
    private static final String FOLDER = "/org/scriptorium/resources/demo/";

    private final DraftTransfer transfer;

    public DemoWorkspace(DraftTransfer transfer) {
        this.transfer = transfer;
    }

    public List<DraftTransfer.Imported> install() {
        List<DraftTransfer.Imported> imported = new ArrayList<>();
        for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            imported.add(transfer.importText(name, read(name)));
        }
        return imported;
    }

    private static String read(String name) {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ScriptoriumException("The demo workspace is missing " + name + " from this build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptoriumException("The demo workspace could not be read: " + e.getMessage(), e);
        }
    }
}
