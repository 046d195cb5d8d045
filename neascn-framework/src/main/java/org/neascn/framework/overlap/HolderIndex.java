package org.neascn.framework.overlap;

import java.util.Arrays;
import java.util.List;

/**
 * Which top lists hold each plan: the reverse of the lists, so that a changed plan finds the
 * lists it must be reconsidered in without looking into every list of the network (at 13,000
 * plans that scan was a third of an update). Kept by the network wherever a list's entries
 * change: {@link #leave} before, {@link #enter} after.
 *
 * <p>A plan's holders are a set of slots in an open-addressing table (linear probing, deletion
 * by shifting back), since the synthetic networks tie so often that a few plans are held by
 * nearly every list: removing a holder must not cost a walk over thousands of them.
 */
final class HolderIndex {

    private static final int[] NONE = new int[0];

    /** Per held plan, its holders' slots plus one (0 marks a free cell); a power of two long. */
    private int[][] tables = new int[0][];
    private int[] sizes = new int[0];

    /** The index of these lists, slot by slot. */
    static HolderIndex of(List<TopList> lists) {
        HolderIndex index = new HolderIndex();
        index.ensure(lists.size());
        for (int q = 0; q < lists.size(); q++) {
            index.enter(q, lists.get(q));
        }
        return index;
    }

    HolderIndex copy() {
        HolderIndex c = new HolderIndex();
        c.tables = new int[tables.length][];
        for (int i = 0; i < tables.length; i++) {
            c.tables[i] = tables[i].length == 0 ? NONE : tables[i].clone();
        }
        c.sizes = sizes.clone();
        return c;
    }

    /** Makes room for plans up to {@code slots}. */
    void ensure(int slots) {
        if (slots > tables.length) {
            int old = tables.length;
            int n = Math.max(slots, old * 3 / 2);
            tables = Arrays.copyOf(tables, n);
            sizes = Arrays.copyOf(sizes, n);
            Arrays.fill(tables, old, n, NONE);
        }
    }

    /** The list of {@code holder} now holds its entries. */
    void enter(int holder, TopList list) {
        for (int i = 0; i < list.size; i++) {
            add(list.slots[i], holder);
        }
    }

    /** The list of {@code holder} is about to change: its entries no longer count as held by it. */
    void leave(int holder, TopList list) {
        for (int i = 0; i < list.size; i++) {
            remove(list.slots[i], holder);
        }
    }

    /** The slots of the lists that hold the plan, in no particular order. */
    int[] holdersOf(int held) {
        int[] table = tables[held];
        int[] out = new int[sizes[held]];
        int n = 0;
        for (int cell : table) {
            if (cell != 0) {
                out[n++] = cell - 1;
            }
        }
        return out;
    }

    /** Whether both indexes name the same holders for each of the first {@code slots} plans. */
    boolean agrees(HolderIndex other, int slots) {
        for (int held = 0; held < slots; held++) {
            int[] mine = held < tables.length ? holdersOf(held) : NONE;
            int[] theirs = held < other.tables.length ? other.holdersOf(held) : NONE;
            Arrays.sort(mine);
            Arrays.sort(theirs);
            if (!Arrays.equals(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    private void add(int held, int holder) {
        int[] table = tables[held];
        if ((sizes[held] + 1) * 4 > table.length * 3) {
            table = rehash(held, Math.max(4, table.length * 2));
        }
        int key = holder + 1;
        int mask = table.length - 1;
        int at = home(key, mask);
        while (table[at] != 0) {
            if (table[at] == key) {
                return;
            }
            at = (at + 1) & mask;
        }
        table[at] = key;
        sizes[held]++;
    }

    private void remove(int held, int holder) {
        int[] table = tables[held];
        if (table.length == 0) {
            return;
        }
        int key = holder + 1;
        int mask = table.length - 1;
        int at = home(key, mask);
        while (table[at] != key) {
            if (table[at] == 0) {
                return;
            }
            at = (at + 1) & mask;
        }
        // Shift back the cells after the hole that may not sit beyond it, so no probe breaks.
        int next = at;
        while (true) {
            next = (next + 1) & mask;
            if (table[next] == 0) {
                break;
            }
            int want = home(table[next], mask);
            boolean staysPut = at <= next ? at < want && want <= next : at < want || want <= next;
            if (!staysPut) {
                table[at] = table[next];
                at = next;
            }
        }
        table[at] = 0;
        sizes[held]--;
    }

    private int[] rehash(int held, int length) {
        int[] old = tables[held];
        int[] table = new int[length];
        int mask = length - 1;
        for (int key : old) {
            if (key != 0) {
                int at = home(key, mask);
                while (table[at] != 0) {
                    at = (at + 1) & mask;
                }
                table[at] = key;
            }
        }
        tables[held] = table;
        return table;
    }

    /** Slots are consecutive numbers; spreading them keeps probe runs short. */
    private static int home(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
