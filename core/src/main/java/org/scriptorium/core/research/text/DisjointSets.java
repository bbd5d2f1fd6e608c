package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over the indices 0..n-1, with path halving and union by size. Not thread-safe. */
final class DisjointSets {
    private final int[] parent;
    private final int[] size;

    DisjointSets(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** Every set, each listing its members ascending, the sets ordered by their smallest member. */
    <K> List<List<K>> groups(List<K> keys) {
        Map<Integer, List<K>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(keys.get(i));
        }
        List<List<K>> groups = new ArrayList<>(byRoot.size());
        for (List<K> group : byRoot.values()) {
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }
}
