package org.scriptorium.core.updates;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as Semantic Versioning 2.0 orders it: {@code 1.2.0 < 1.3.0-rc.1 < 1.3.0}, a pre-release (-rc.1,
 * -SNAPSHOT) below its release, build metadata (+abc) ignored. A release tag may carry a leading "v".
 */
public record ReleaseVersion(long major, long minor, long patch, List<String> preRelease) implements Comparable<ReleaseVersion> {
    // Nine digits at most per number: no tag of a real release is longer, and nothing overflows.
    private static final Pattern SEMVER = Pattern.compile(
            "[vV]?(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
                    + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");

    public ReleaseVersion {
        preRelease = List.copyOf(preRelease);
    }

    /** Empty for anything that is not a semantic version (a tag like "nightly", "1.2", "release-3"). */
    public static Optional<ReleaseVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SEMVER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
        return Optional.of(new ReleaseVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), pre));
    }

    /** A version ahead of its release (1.3.0-rc.1, 0.1.0-SNAPSHOT). */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(ReleaseVersion other) {
        int core = Long.compare(major, other.major);
        core = core != 0 ? core : Long.compare(minor, other.minor);
        core = core != 0 ? core : Long.compare(patch, other.patch);
        if (core != 0) {
            return core;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty()); // the release ranks above its pre-releases
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            int part = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (part != 0) {
                return part;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    /** Numbers by value and below words; words in ASCII order (so "SNAPSHOT" ranks below "alpha" and "rc"). */
    private static int compareIdentifiers(String a, String b) {
        boolean aNumber = NUMERIC.matcher(a).matches();
        boolean bNumber = NUMERIC.matcher(b).matches();
        if (aNumber && bNumber) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** 1.3.0, 1.3.0-rc.1: without the "v" and without build metadata. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease));
    }
}
