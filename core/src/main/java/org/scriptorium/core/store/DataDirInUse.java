package org.scriptorium.core.store;

import org.scriptorium.core.ScriptoriumException;

import java.nio.file.Path;

/** Another Scriptorium process holds the data directory's database. */
public class DataDirInUse extends ScriptoriumException {
    public DataDirInUse(Path dataDir, Throwable cause) {
        super("The data directory " + dataDir + " is in use by another Scriptorium process; close it and try again.", cause);
    }
}
