package org.scriptorium.core.sync;

import org.scriptorium.core.scheduling.PublishClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** This device's side of the hub's claims (decision 19): posts it may send, and turns of the jobs the devices share. */
final class DeviceClaims implements PublishClaims {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceClaims.class);
    /** How long a claim on a post holds: longer than any one publishing call may take. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final BooleanSupplier setUp;
    private final Supplier<Hub> hub;
    private final UUID device;
    private final Supplier<String> deviceName;
    private volatile Duration lease = LEASE;

    DeviceClaims(BooleanSupplier setUp, Supplier<Hub> hub, UUID device, Supplier<String> deviceName) {
        this.setUp = setUp;
        this.hub = hub;
        this.device = device;
        this.deviceName = deviceName;
    }

    @Override
    public Claim claim(UUID postId) {
        if (!setUp.getAsBoolean()) {
            return Claim.TAKEN;
        }
        try {
            return HubClaims.claim(hub.get(), postId, device, deviceName.get(), lease);
        } catch (SyncFailure failure) {
            LOG.warn("Post {} waits: the sync server decides which device sends it, and it cannot be reached ({})", postId, failure.getMessage());
            return Claim.UNAVAILABLE;
        }
    }

    @Override
    public void finish(UUID postId, boolean published) {
        if (!setUp.getAsBoolean()) {
            return;
        }
        try {
            HubClaims.finish(hub.get(), postId, device, published);
        } catch (SyncFailure failure) {
            // The lease runs out on its own; whoever takes it then asks the network first.
            LOG.warn("The claim on post {} could not be ended ({}); it lapses in {}", postId, failure.getMessage(), lease);
        }
    }

    /**
     * Whether this device takes this turn of a recurring job the account's devices share (feed polls, discovery): the
     * first to ask in a period holds it for the period, the others skip it and receive its results. Without sync, or
     * with the server out of reach, this device takes it (its results merge later: a document's id comes from its
     * address).
     */
    boolean takeTurn(String job, Duration period) {
        if (!setUp.getAsBoolean()) {
            return true;
        }
        UUID turn = UUID.nameUUIDFromBytes(("job:" + job).getBytes(StandardCharsets.UTF_8));
        try {
            Claim claim = HubClaims.claim(hub.get(), turn, "job", device, deviceName.get(), period.minusSeconds(5));
            boolean mine = claim == Claim.TAKEN || claim == Claim.TAKEN_OVER;
            if (!mine) {
                LOG.info("Another device of the account takes this turn of {}", job);
            }
            return mine;
        } catch (SyncFailure offline) {
            return true;
        }
    }

    /** Claims on posts this device holds now (0 without sync). */
    int held() {
        return setUp.getAsBoolean() ? HubClaims.heldBy(hub.get(), device) : 0;
    }

    void lease(Duration lease) {
        this.lease = lease;
    }
}
