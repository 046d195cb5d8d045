package org.neascn.framework.overlap;

import java.util.Arrays;

/**
 * A plan's best overlaps, at most k, best first: higher score first, and on equal scores the
 * plan that joined the network earlier (lower slot), so that every way of ranking agrees.
 * Only overlaps above zero are kept.
 */
final class TopList {

    final int k;
    int size;
    int[] slots;
    double[] scores;

    TopList(int k) {
        this.k = k;
        this.slots = new int[k];
        this.scores = new double[k];
    }

    static boolean better(double score, int slot, double otherScore, int otherSlot) {
        return score > otherScore || (score == otherScore && slot < otherSlot);
    }

    boolean isFull() {
        return size == k;
    }

    /** The score a candidate must reach to be considered; 0 while the list has room. */
    double threshold() {
        return isFull() ? scores[k - 1] : 0;
    }

    boolean offer(int slot, double score) {
        if (score <= 0 || (isFull() && !better(score, slot, scores[k - 1], slots[k - 1]))) {
            return false;
        }
        int at = isFull() ? k - 1 : size++;
        while (at > 0 && better(score, slot, scores[at - 1], slots[at - 1])) {
            scores[at] = scores[at - 1];
            slots[at] = slots[at - 1];
            at--;
        }
        scores[at] = score;
        slots[at] = slot;
        return true;
    }

    int indexOf(int slot) {
        for (int i = 0; i < size; i++) {
            if (slots[i] == slot) {
                return i;
            }
        }
        return -1;
    }

    void removeAt(int index) {
        System.arraycopy(slots, index + 1, slots, index, size - index - 1);
        System.arraycopy(scores, index + 1, scores, index, size - index - 1);
        size--;
    }

    TopList copy() {
        TopList c = new TopList(k);
        c.size = size;
        c.slots = Arrays.copyOf(slots, k);
        c.scores = Arrays.copyOf(scores, k);
        return c;
    }
}
