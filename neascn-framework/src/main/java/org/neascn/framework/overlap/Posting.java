package org.neascn.framework.overlap;

import java.util.Arrays;

/**
 * The plans (by slot) that use one code or term, with two numbers per plan: for text terms the
 * largest and the mean weight of the term over the plan's targets or projects.
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
        plans[size] = plan;
        first[size] = x;
        second[size] = y;
        size++;
    }

    /** Removes a plan; order within a posting does not matter, so the last entry fills the gap. */
    void remove(int plan) {
        for (int i = 0; i < size; i++) {
            if (plans[i] == plan) {
                size--;
                plans[i] = plans[size];
                first[i] = first[size];
                second[i] = second[size];
                return;
            }
        }
    }
}
