package org.scriptorium.core;

/** The user gave something the studio cannot accept (an unknown status, an empty title, ...). */
public class InvalidInput extends ScriptoriumException {
    public InvalidInput(String message) {
        super(message);
    }
}
