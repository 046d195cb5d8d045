package org.neascn.framework.overlap;

import java.util.stream.IntStream;

/**
 * Top lists for every plan of a network at once: through the index, or exhaustively (the
 * brute force the index is measured against). Both use every core.
 */
final class NetworkRanking {

    private NetworkRanking() {
    }

    /**
     * The top lists of every plan through the index, walking each pair of plans once. The
     * bound of a pair is the same from either side, so each plan walks only the postings of
     * plans after it, keeps its best bounds ahead and hands each bound back to the later plan's
     * buffer. Each plan then scores its buffered candidates, best bound first; when a buffer
     * was full and its last bound still reaches the plan's k-th score, a plan outside the
     * buffers might have made the list, and that plan falls back to a full query.
     */
    static TopList[] rankAll(OverlapIndex index, int k) {
        int n = index.slots.size();
        int m = 3 * k;
        TopList[] ahead = new TopList[n];
        TopList[] behind = new TopList[n];
        for (int i = 0; i < n; i++) {
            behind[i] = new TopList(m);
        }
        IntStream.range(0, n).parallel().forEach(a -> {
            ahead[a] = new TopList(m);
            if (index.slots.get(a) == null) {
                return;
            }
            OverlapIndex.Scratch s = index.scratch.get();
            index.accumulate(a, index.slots.get(a), s, a + 1);
            for (int i = 0; i < s.count; i++) {
                int b = s.touched[i];
                double bound = s.bound[i];
                ahead[a].offer(b, bound);
                TopList back = behind[b];
                // A racy look first: a buffer's last bound only rises, so a stale look lets
                // through more offers, never fewer.
                if (!back.isFull() || bound >= back.scores[m - 1]) {
                    synchronized (back) {
                        back.offer(a, bound);
                    }
                }
            }
        });
        TopList[] lists = new TopList[n];
        IntStream.range(0, n).parallel().forEach(a -> {
            lists[a] = index.slots.get(a) == null ? new TopList(k) : fromBuffers(index, a, k, ahead[a], behind[a]);
        });
        return lists;
    }

    private static TopList fromBuffers(OverlapIndex index, int a, int k, TopList ahead, TopList behind) {
        TopList top = new TopList(k);
        int i = 0;
        int j = 0;
        while (i < ahead.size || j < behind.size) {
            boolean takeAhead = j >= behind.size
                    || (i < ahead.size && ahead.scores[i] >= behind.scores[j]);
            int b = takeAhead ? ahead.slots[i] : behind.slots[j];
            double bound = takeAhead ? ahead.scores[i++] : behind.scores[j++];
            if (top.isFull() && bound < top.threshold()) {
                break;
            }
            top.offer(b, index.exact(a, b));
        }
        double outside = Math.max(ahead.isFull() ? ahead.scores[ahead.k - 1] : 0,
                behind.isFull() ? behind.scores[behind.k - 1] : 0);
        if (outside > 0 && !(top.isFull() && outside < top.threshold())) {
            return index.query(a, k, index.scratch.get());
        }
        return top;
    }

    /**
     * The top lists of every plan by exhaustive pairwise scoring, each unordered pair scored
     * once (n(n-1)/2 scorings): the brute force the index is measured against. Holds all
     * pair scores at once, so it is meant for networks of a few thousand plans.
     */
    static TopList[] exhaustiveAll(OverlapIndex index, int k) {
        int n = index.slots.size();
        double[][] rows = new double[n][];
        IntStream.range(0, n).parallel().forEach(a -> {
            double[] row = new double[n - a - 1];
            if (index.slots.get(a) != null) {
                for (int b = a + 1; b < n; b++) {
                    row[b - a - 1] = index.slots.get(b) == null ? 0 : index.exact(a, b);
                }
            }
            rows[a] = row;
        });
        TopList[] lists = new TopList[n];
        IntStream.range(0, n).parallel().forEach(a -> {
            TopList top = new TopList(k);
            if (index.slots.get(a) != null) {
                for (int b = 0; b < a; b++) {
                    top.offer(b, rows[b][a - b - 1]);
                }
                for (int b = a + 1; b < n; b++) {
                    top.offer(b, rows[a][b - a - 1]);
                }
            }
            lists[a] = top;
        });
        return lists;
    }
}
