package org.scriptorium.core.accounts;

import java.util.List;

/** What the accounts map onto their table; the studio hands it to the store, which knows no feature. */
public final class AccountEntities {
    public static final List<Class<?>> ALL = List.of(AccountRecord.class);

    private AccountEntities() {
    }
}
