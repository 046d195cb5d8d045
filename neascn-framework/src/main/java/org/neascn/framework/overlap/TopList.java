package org.neascn.framework.overlap;

import java.util.Arrays;

/**
 * A plan's best overlaps, at most k, best first: higher score first, and on equal scores the
 * plan that joined the network earlier (lower slot), so that every way of ranking agrees.
 * Only overlaps above zero are kept.
 *
 * <p>Once {@link #seal sealed}, a list also knows its floor: every plan outside it ranks no
 * better than the floor. The entries are then exactly the best {@code size} plans, and stay so
 * while plans change: a plan that drops out raises the floor, a plan that beats the floor
 * comes in. Only when a list shrinks below what its owner shows must it be recomputed.
 */
final class TopList {

    final int k;
    int size;
    int[] slots;
    double[] scores;
    double floorScore;
    int floorSlot = -1;

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

    /** Records the floor of a freshly computed list: its last entry when full, else nothing outside scores. */
    TopList seal() {
        if (isFull()) {
            floorScore = scores[k - 1];
            floorSlot = slots[k - 1];
        } else {
            floorScore = 0;
            floorSlot = -1;
        }
        return this;
    }

    /** Whether plans outside a sealed list may score above zero. */
    boolean hasPlansBelow() {
        return floorScore > 0;
    }

    /**
     * Brings a plan's new score into a sealed list that does not hold it: it comes in when it
     * beats the floor and the last entry (which then becomes the floor); when it beats only the
     * floor it becomes the floor; otherwise nothing changes.
     */
    void admit(int slot, double score) {
        if (score <= 0 || !better(score, slot, floorScore, floorSlot)) {
            return;
        }
        if (isFull() && !better(score, slot, scores[k - 1], slots[k - 1])) {
            floorScore = score;
            floorSlot = slot;
            return;
        }
        if (isFull()) {
            floorScore = scores[k - 1];
            floorSlot = slots[k - 1];
            size--;
        }
        offer(slot, score);
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
        c.floorScore = floorScore;
        c.floorSlot = floorSlot;
        return c;
    }
}
