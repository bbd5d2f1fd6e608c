package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Stored documents' MinHash signatures, bucketed by LSH bands, answering "is this new document a
 * near-duplicate of one we have?" without comparing it to every stored one. Candidates from shared
 * buckets are verified by estimated similarity. Safe for concurrent {@code add}, {@code remove} and
 * {@code matches}.
 *
 * @param <K> the key the caller stores documents under
 */
public final class NearDuplicateIndex<K> {
    /**
     * Jaccard similarity of 3-word shingles from which two texts count as near-duplicates. Chosen on the labelled
     * articles in the tests: copies of a 150-word story with a new headline, byline, boilerplate, a rewritten and a
     * dropped sentence score 0.44–0.75 against each other, different articles on the same subject at most 0.1.
     * 0.4 sits under every copy yet far above the unrelated texts; longer articles only widen that gap.
     */
    public static final double DEFAULT_THRESHOLD = 0.4;

    /** A stored document and its estimated similarity to the one asked about. */
    public record Match<K>(K key, double similarity) {
    }

    private final MinHasher hasher;
    private final double threshold;
    private final LshParameters lsh;
    private final List<Map<Long, List<K>>> buckets;
    private final Map<K, Stored> signatures = new HashMap<>();
    private long added;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public NearDuplicateIndex(MinHasher hasher, double threshold) {
        this.hasher = hasher;
        this.threshold = threshold;
        this.lsh = LshParameters.forThreshold(threshold, hasher.numHashes());
        this.buckets = new ArrayList<>(lsh.bands());
        for (int band = 0; band < lsh.bands(); band++) {
            buckets.add(new HashMap<>());
        }
    }

    public MinHasher hasher() {
        return hasher;
    }

    public double threshold() {
        return threshold;
    }

    public LshParameters lsh() {
        return lsh;
    }

    /** Stores a document's signature; adding a key again replaces its signature. */
    public void add(K key, int[] signature) {
        long[] keys = Bands.keys(signature, lsh);
        lock.writeLock().lock();
        try {
            removeLocked(key);
            signatures.put(key, new Stored(signature.clone(), added++));
            for (int band = 0; band < keys.length; band++) {
                if (keys[band] != Bands.EMPTY_BAND) {
                    buckets.get(band).computeIfAbsent(keys[band], k -> new ArrayList<>(1)).add(key);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a document, for one that was deleted; true if it was stored. */
    public boolean remove(K key) {
        lock.writeLock().lock();
        try {
            return removeLocked(key);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The stored documents whose estimated similarity to this signature reaches the threshold, most similar first. */
    public List<K> matches(int[] signature) {
        return scoredMatches(signature).stream().map(Match::key).toList();
    }

    /** As {@link #matches}, with each match's estimated similarity. Ties keep the order documents were added in. */
    public List<Match<K>> scoredMatches(int[] signature) {
        long[] keys = Bands.keys(signature, lsh);
        lock.readLock().lock();
        try {
            Set<K> candidates = new LinkedHashSet<>();
            for (int band = 0; band < keys.length; band++) {
                List<K> bucket = buckets.get(band).get(keys[band]);
                if (bucket != null && keys[band] != Bands.EMPTY_BAND) {
                    candidates.addAll(bucket);
                }
            }
            List<Match<K>> matches = new ArrayList<>();
            for (K candidate : candidates) {
                double similarity = MinHasher.similarity(signature, signatures.get(candidate).signature());
                if (similarity >= threshold) {
                    matches.add(new Match<>(candidate, similarity));
                }
            }
            matches.sort(Comparator.comparingDouble((Match<K> m) -> m.similarity()).reversed()
                    .thenComparingLong(m -> signatures.get(m.key()).sequence()));
            return List.copyOf(matches);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return signatures.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private record Stored(int[] signature, long sequence) {
    }

    private boolean removeLocked(K key) {
        Stored old = signatures.remove(key);
        if (old == null) {
            return false;
        }
        long[] keys = Bands.keys(old.signature(), lsh);
        for (int band = 0; band < keys.length; band++) {
            List<K> bucket = buckets.get(band).get(keys[band]);
            if (bucket != null) {
                bucket.remove(key);
                if (bucket.isEmpty()) {
                    buckets.get(band).remove(keys[band]);
                }
            }
        }
        return true;
    }
}
