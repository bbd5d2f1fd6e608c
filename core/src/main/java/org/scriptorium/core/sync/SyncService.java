package org.scriptorium.core.sync;

import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Progress;
import org.scriptorium.core.accounts.AccountSyncPort;
import org.scriptorium.core.drafts.DraftSyncPort;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sync with the user's PostgreSQL (decision 18): set up, run, and what is known of it. One sync is pull, push, pull:
 * every page pulled is applied before the cursor moves past it, and every record pushed is marked synced only once
 * the hub has taken it, so a sync cut off anywhere picks up where it stopped and never loses or doubles a change.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    static final String ADDRESS = "sync.address";
    static final String USER = "sync.user";
    static final String INSECURE_TLS = "sync.insecureTls";
    static final String CURSOR = "sync.cursor";
    static final String PUSHED_THROUGH = "sync.pushedThrough";
    static final String HLC = "sync.hlc";
    static final String LAST_SYNC = "sync.lastSyncAt";
    static final String LAST_ERROR = "sync.lastError";
    static final String DEVICE_NAME = "sync.deviceName";
    static final String PASSWORD_SECRET = "sync.password";
    static final String KEY_SECRET = "sync.key";

    private final SettingsRepository settings;
    private final Supplier<SecretStore> secrets;
    private final DraftSyncPort drafts;
    private final SyncLedger ledger;
    private final RecordExchange exchange;
    private final RowExchange rows;
    private final DeviceClaims claims;
    private final ConflictResolution conflicts;
    private final Transfers transfers;
    private final Clock clock;
    private final UUID device;
    private final Object running = new Object();
    private HybridClock hlc;
    private Hub hub;
    private String hubKey;
    private volatile boolean cancelRequested;
    private volatile java.util.function.BiConsumer<Double, String> watcher = (fraction, message) -> { };
    /** Test seams: between a sync's first pull and its push; inside a push's transaction, before its commit. */
    private volatile Runnable beforePush = () -> { };
    private volatile Runnable beforePushCommit = () -> { };

    public SyncService(SessionFactory sessions, SettingsRepository settings, Supplier<SecretStore> secrets, DraftSyncPort drafts,
                       AccountSyncPort accounts, org.scriptorium.core.images.ImageLibrary images, Clock clock, UUID device) {
        this.settings = settings;
        this.secrets = secrets;
        this.drafts = drafts;
        this.ledger = new SyncLedger(sessions);
        this.rows = new RowExchange(sessions, ledger, clock, device, this::clock, this::deviceLabel, new Blobs(images, this::hub), secrets, this::key);
        this.exchange = new RecordExchange(drafts, accounts, ledger, clock, device, this::key, this::clock, this::deviceLabel, rows,
                new SettingsExchange(settings, ledger, clock, device, this::clock));
        this.clock = clock;
        this.device = device;
        this.claims = new DeviceClaims(() -> settings.get(ADDRESS).isPresent(), this::hub, device, this::deviceName);
        this.conflicts = new ConflictResolution(ledger, drafts, rows, clock);
        this.transfers = new Transfers(settings, exchange, ledger, clock, device);
    }

    /** What sync knows of itself, for the status line, {@code sync status} and the settings page. */
    public record Status(boolean setUp, String address, String user, String deviceName, UUID device, Instant lastSyncAt, String lastError,
                         int openConflicts) {
    }

    /** What one sync did. */
    public record Report(int pulled, int pushed, int conflicts, int restored) {
    }

    public Status status() {
        Optional<String> address = settings.get(ADDRESS);
        return new Status(address.isPresent(), address.orElse(null), settings.get(USER).orElse(null), deviceName(), device,
                settings.get(LAST_SYNC).map(Instant::parse).orElse(null), settings.get(LAST_ERROR).orElse(null), ledger.openConflicts().size());
    }

    /**
     * Connects this data directory to an account: the hub's tables are made or migrated, the passphrase must open the
     * account's key (the first device sets it), and only then is anything saved here. Refused with nothing changed
     * when the hub cannot be reached, the password is wrong or the passphrase does not match.
     */
    public Status setup(String address, boolean insecureTls, String user, String password, char[] passphrase, String deviceName) {
        HubAddress parsed = HubAddress.parse(address, insecureTls);
        if (user == null || user.isBlank()) {
            throw new InvalidInput("A sync account needs a user name");
        }
        if (passphrase == null || passphrase.length < 8) {
            throw new InvalidInput("Choose a sync passphrase of at least 8 characters: it protects your tokens and keys on the server");
        }
        synchronized (running) {
            forgetHub();
            Hub hub = Hub.connect(parsed, user, password);
            SyncKey.Stored stored = hub.storedKey().orElseGet(() -> hub.storeKeyIfAbsent(SyncKey.create(passphrase)));
            SyncKey key = SyncKey.open(passphrase, stored);
            hub.rejoin(device);
            String name = deviceName == null || deviceName.isBlank() ? defaultDeviceName() : deviceName.strip();
            hub.seen(device, name, clock.instant());
            boolean sameAccount = parsed.toString().equals(settings.get(ADDRESS).orElse(null));
            secrets.get().put(PASSWORD_SECRET, password);
            secrets.get().put(KEY_SECRET, Base64.getEncoder().encodeToString(key.bytes()));
            if (!sameAccount) {
                // Another account: what this device knew of the old one means nothing there; everything is offered anew.
                ledger.clear();
                settings.remove(CURSOR);
                settings.remove(PUSHED_THROUGH);
            }
            settings.put(ADDRESS, parsed.toString());
            settings.put(USER, user);
            settings.put(INSECURE_TLS, Boolean.toString(insecureTls));
            settings.put(DEVICE_NAME, name);
            settings.remove(LAST_ERROR);
            hub.close();
            LOG.info("Sync set up with {} as {} (device {})", parsed, user, device);
            if (insecureTls) {
                LOG.warn("Sync with {} encrypts without checking the server's certificate, as chosen", parsed);
            }
            return status();
        }
    }

    /**
     * Checks, before anything is made, that an account exists at the address and that the passphrase opens it: what
     * the headless worker asks first, so a wrong passphrase (or an account no desktop has set up) changes nothing.
     */
    public static void verify(String address, boolean insecureTls, String user, String password, char[] passphrase) {
        Hub hub = Hub.connect(HubAddress.parse(address, insecureTls), user, password);
        try {
            SyncKey.Stored stored = hub.storedKey().orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_SET_UP,
                    "No sync account at " + hub.address() + " yet: set sync up on a desktop first (File › Sync…, or `scriptorium sync setup`)."));
            SyncKey.open(passphrase, stored);
        } finally {
            hub.close();
        }
    }

    /** Stops syncing: every local record stays; the password and key are forgotten on this device. */
    public void off() {
        synchronized (running) {
            forgetHub();
            settings.remove(ADDRESS);
            settings.remove(USER);
            settings.remove(INSECURE_TLS);
            settings.remove(LAST_ERROR);
            secrets.get().delete(PASSWORD_SECRET);
            secrets.get().delete(KEY_SECRET);
        }
    }

    public List<Hub.Device> devices() {
        return hub().devices();
    }

    /** Removes another device from the account. This device removes itself with {@link #off()}. */
    public boolean removeDevice(UUID other) {
        if (other.equals(device)) {
            throw new InvalidInput("This is the device you are on: turn sync off here instead");
        }
        return hub().remove(other, clock.instant());
    }

    /**
     * How a scheduled sync ended: not set up, done ({@code report}), failed ({@code failure}, said in the window), or
     * cancelled by the user (what arrived or left before stays; the next sync goes on from there).
     */
    public record Outcome(boolean setUp, Report report, SyncFailure failure, boolean cancelled) {
        public Outcome(boolean setUp, Report report, SyncFailure failure) {
            this(setUp, report, failure, false);
        }

        public String describe() {
            if (!setUp) {
                return "not set up";
            }
            if (cancelled) {
                return "cancelled";
            }
            return failure != null ? failure.getMessage()
                    : report.pulled() + " received, " + report.pushed() + " sent" + (report.conflicts() > 0 ? ", " + report.conflicts() + " conflicts" : "");
        }
    }

    /** The window's and the worker's sync: never throws for a sync that could not run, it says why. */
    public Outcome runScheduled(Progress progress) {
        if (settings.get(ADDRESS).isEmpty()) {
            return new Outcome(false, null, null);
        }
        cancelRequested = false;
        Progress watched = new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction, message);
                watcher.accept(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested || progress.isCancelled();
            }
        };
        try {
            return new Outcome(true, syncNow(watched), null);
        } catch (SyncFailure failure) {
            forgetHub(); // a new connection next time: the network may have changed
            return new Outcome(true, null, failure);
        } catch (Progress.Cancelled cancelled) {
            LOG.info("Sync cancelled; what was received or sent so far stays");
            return new Outcome(true, null, null, true);
        }
    }

    /** Told how a scheduled sync gets on (a fraction, or negative when unknown, and a line to show), from its thread. */
    public void watch(java.util.function.BiConsumer<Double, String> watcher) {
        this.watcher = watcher;
    }

    /** The kind of record research documents sync as: {@link #onReceived} names it when some arrived. */
    public static final String DOCUMENTS = "research_document";
    /** The kind of record post snapshots sync as. */
    public static final String METRICS = "post_metric";

    /** Told, after each page pulled, which kinds of record arrived (so what keeps its own index of them reads again). */
    public void onReceived(java.util.function.Consumer<java.util.Set<String>> listener) {
        transfers.received = listener;
    }

    /** Stops the scheduled sync under way at its next page: what was applied or sent stays, the next sync goes on. */
    public void cancel() {
        cancelRequested = true;
    }

    /**
     * While the returned handle is open, calls {@code onOtherDevicePushed} whenever another device's push commits on
     * this account (PostgreSQL's LISTEN/NOTIFY, on a connection of its own), so an open window syncs within a second
     * rather than at the next minute. Not set up, offline or failing: it waits and tries again.
     */
    public AutoCloseable listen(Runnable onOtherDevicePushed) {
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread listener = Thread.ofVirtual().name("sync-listener").start(() -> {
            while (!stopped.get()) {
                try {
                    if (settings.get(ADDRESS).isPresent()) {
                        hub().listen(device, onOtherDevicePushed, stopped::get);
                    }
                } catch (java.sql.SQLException | RuntimeException e) {
                    LOG.debug("Sync is not listening for now: {}", e.toString());
                }
                sleep(stopped, 10_000);
            }
        });
        return () -> {
            stopped.set(true);
            listener.interrupt();
        };
    }

    private static void sleep(java.util.concurrent.atomic.AtomicBoolean stopped, long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (!stopped.get() && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Pull, push, pull. Safe to cancel between pages: what was applied or pushed stays so. */
    public Report syncNow(Progress progress) {
        synchronized (running) {
            try {
                Hub hub = hub();
                hub.seen(device, deviceName(), clock.instant());
                RecordExchange.Counts counts = new RecordExchange.Counts();
                transfers.pull(hub, progress, counts);
                beforePush.run();
                for (int round = 0; round < 3; round++) {
                    progress.checkCancelled();
                    int rejected = transfers.push(hub, progress, counts);
                    transfers.pull(hub, progress, counts);
                    if (rejected == 0) {
                        break;
                    }
                }
                settings.put(HLC, clock().tick());
                settings.put(LAST_SYNC, clock.instant().toString());
                settings.remove(LAST_ERROR);
                return new Report(counts.pulled, counts.pushed, counts.conflicts, counts.restored);
            } catch (SyncFailure failure) {
                settings.put(LAST_ERROR, failure.getMessage());
                throw failure;
            }
        }
    }

    /**
     * The claims every device and worker of the account publishes under (decision 19); without sync, this device
     * takes them all. Unreachable: nothing is sent (said in the log), since another device may be sending it.
     */
    public org.scriptorium.core.scheduling.PublishClaims claims() {
        return claims;
    }

    /** Whether this device takes this turn of a recurring job the account's devices share (see {@link DeviceClaims#takeTurn}). */
    public boolean takeTurn(String job, Duration period) {
        return claims.takeTurn(job, period);
    }

    /** Claims on posts this device holds on the account now (0 without sync). */
    public int claimsHeld() {
        return claims.held();
    }

    /** How long a claim on a post holds (tests: a dead holder's lease lapses in a second). */
    public void claimLease(Duration lease) {
        claims.lease(lease);
    }

    String rowsForTest() {
        return rows.dump();
    }

    void pageSizeForTest(int size) {
        transfers.pageSize = size;
    }

    void afterPushTakenForTest(Runnable step) {
        transfers.afterPushTaken = step;
    }

    void beforePushForTest(Runnable step) {
        this.beforePush = step;
    }

    synchronized void beforePushCommitForTest(Runnable step) {
        this.beforePushCommit = step;
        if (hub != null) {
            hub.beforePushCommitForTest(step);
        }
    }

    /** The key as this device keeps it (base64), for the test that searches the server for it. */
    String storedKeyForTest() {
        return secrets.get().get(KEY_SECRET).orElseThrow();
    }

    /** The account's key, kept in this device's keychain since set-up. */
    private SyncKey key() {
        return secrets.get().get(KEY_SECRET).map(text -> SyncKey.of(Base64.getDecoder().decode(text)))
                .orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_SET_UP,
                        "The sync key is missing from this device's keychain: set up sync again with the passphrase."));
    }

    /** The hub of the account set up here, connected (and its tables checked) once and then kept. */
    private synchronized Hub hub() {
        String key = settings.get(ADDRESS).orElse("") + " " + settings.get(USER).orElse("");
        if (hub == null || !key.equals(hubKey)) {
            forgetHub();
            hub = connectHub();
            hub.beforePushCommitForTest(beforePushCommit);
            hubKey = key;
        }
        return hub;
    }

    private synchronized void forgetHub() {
        if (hub != null) {
            hub.close();
        }
        hub = null;
        hubKey = null;
    }

    private Hub connectHub() {
        String address = settings.get(ADDRESS).orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_SET_UP,
                "Sync is not set up on this data directory: run `scriptorium sync setup` or open Sync in the window."));
        String password = secrets.get().get(PASSWORD_SECRET).orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_SET_UP,
                "The sync password is missing from this device's keychain: set up sync again."));
        return Hub.connect(HubAddress.parse(address, settings.get(INSECURE_TLS).map(Boolean::parseBoolean).orElse(false)),
                settings.get(USER).orElseThrow(), password);
    }

    private synchronized HybridClock clock() {
        if (hlc == null) {
            hlc = new HybridClock(clock, device, settings.get(HLC).orElse(null));
        }
        return hlc;
    }

    private String deviceName() {
        return settings.get(DEVICE_NAME).orElseGet(SyncService::defaultDeviceName);
    }

    private String deviceLabel(UUID other) {
        if (other.equals(device)) {
            return deviceName();
        }
        try {
            return hub().devices().stream().filter(d -> d.id().equals(other)).map(Hub.Device::name).findFirst().orElse("another device");
        } catch (SyncFailure unreachable) {
            return "another device";
        }
    }

    static String defaultDeviceName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "This computer";
        }
    }


    /**
     * What sync could not settle alone, until the user chooses: a draft edited on two devices (their version is the
     * copy), a post whose text was edited on two devices (their text is {@code theirText}), or a record brought back
     * because one device deleted what another edited.
     *
     * @param entity   "draft" or "social_post": what {@code recordId} names
     */
    public record Conflict(UUID id, String entity, UUID recordId, UUID copyId, String theirText, String otherDevice, String kind,
                           Instant detectedAt) {
        public boolean aboutPost() {
            return entity.equals(SyncedTable.POSTS.entity());
        }
    }

    public List<Conflict> conflicts() {
        return conflicts.open();
    }

    public enum Keep { MINE, THEIRS, BOTH }

    /** Settles a conflict: keep this device's text, the other's (which replaces it), or both (drafts, or posts). */
    public void resolve(UUID conflictId, Keep keep) {
        synchronized (running) {
            conflicts.resolve(conflictId, keep);
        }
    }
}
