package org.neascn.framework.overlap;

import java.util.Arrays;

/**
 * The plans (by slot, in ascending order) that use one code or term, with two numbers per
 * plan: for text terms the largest and the mean weight of the term over the plan's targets or
 * projects. Keeping the slots in order lets a walk start at any slot, so that network-wide
 * ranking visits each pair of plans once.
 */
final class Posting {

    int size;
    int[] plans = new int[4];
    float[] first = new float[4];
    float[] second = new float[4];

    void add(int plan, float x, float y) {
        if (size == plans.length) {
            int grown = size * 2;
            plans = Arrays.copyOf(plans, grown);
            first = Arrays.copyOf(first, grown);
            second = Arrays.copyOf(second, grown);
        }
        int at = from(plan);
        System.arraycopy(plans, at, plans, at + 1, size - at);
        System.arraycopy(first, at, first, at + 1, size - at);
        System.arraycopy(second, at, second, at + 1, size - at);
        plans[at] = plan;
        first[at] = x;
        second[at] = y;
        size++;
    }

    Posting copy() {
        Posting c = new Posting();
        // Never shorter than a new posting's arrays: growth doubles the length.
        int length = Math.max(4, size);
        c.size = size;
        c.plans = Arrays.copyOf(plans, length);
        c.first = Arrays.copyOf(first, length);
        c.second = Arrays.copyOf(second, length);
        return c;
    }

    /** The position of the first entry whose slot is at least the given one. */
    int from(int slot) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (plans[mid] < slot) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void remove(int plan) {
        int at = from(plan);
        if (at < size && plans[at] == plan) {
            System.arraycopy(plans, at + 1, plans, at, size - at - 1);
            System.arraycopy(first, at + 1, first, at, size - at - 1);
            System.arraycopy(second, at + 1, second, at, size - at - 1);
            size--;
        }
    }
}
