package org.neascn.bench;

import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.neascn.framework.input.InputRejectedException;
import org.neascn.framework.input.RequestBodies;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.project.Project;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.scap.Scap;

/**
 * What the strict reader costs over binding with JSON-B alone, on the bodies a server receives:
 * generated plans and projects, serialised as clients send them; and what refusing hostile bodies
 * costs (a number of 1e4000000, a body listing every error of 500 indicators).
 *
 * <p>Arguments: bodies rounds (defaults 300 7). Prints the median of the rounds.
 */
public final class RequestBodiesBench {

    private static final Jsonb JSONB = NeascnJson.create();

    private RequestBodiesBench() {
    }

    public static void main(String[] args) {
        int[] a = Arrays.stream(args.length == 2 ? args : new String[] {"300", "7"}).mapToInt(Integer::parseInt).toArray();
        SyntheticNetwork network = SyntheticNetwork.generate(42, a[0]);
        List<byte[]> plans = network.plans().stream().map(p -> JSONB.toJson(p).getBytes(StandardCharsets.UTF_8)).toList();
        List<byte[]> projects = network.projects().stream().map(p -> JSONB.toJson(p).getBytes(StandardCharsets.UTF_8)).toList();
        long planBytes = plans.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%d plans (%.1f KB on average), %d projects%n", plans.size(), planBytes / 1024.0 / plans.size(),
                projects.size());
        report("plans, JSON-B alone", a[1], plans, b -> JSONB.fromJson(new String(b, StandardCharsets.UTF_8), Scap.class));
        report("plans, strict reader", a[1], plans, b -> RequestBodies.read(b, Scap.class));
        report("projects, JSON-B alone", a[1], projects, b -> JSONB.fromJson(new String(b, StandardCharsets.UTF_8), Project.class));
        report("projects, strict reader", a[1], projects, b -> RequestBodies.read(b, Project.class));
        byte[] huge = new String(plans.get(0), StandardCharsets.UTF_8).replaceFirst("\"value\":[0-9.]+", "\"value\":1e4000000")
                .getBytes(StandardCharsets.UTF_8);
        report("a plan with 1e4000000, refused", a[1], List.of(huge), RequestBodiesBench::refused);
        byte[] broken = new String(plans.get(0), StandardCharsets.UTF_8).replace("\"unit\":\"", "\"unit\":\" ")
                .replaceAll("\"key\":\"([a-z0-9-]+)\"", "\"key\":\"$1 !\"").getBytes(StandardCharsets.UTF_8);
        report("a plan with every key invalid, all errors listed", a[1], List.of(broken), RequestBodiesBench::refused);
    }

    private static void refused(byte[] body) {
        try {
            RequestBodies.read(body, Scap.class);
            throw new IllegalStateException("the hostile body was accepted");
        } catch (InputRejectedException expected) {
            // the answer a client gets
        }
    }

    private static void report(String what, int rounds, List<byte[]> bodies, Consumer<byte[]> read) {
        bodies.forEach(read); // warm-up
        long[] perBody = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            bodies.forEach(read);
            perBody[r] = (System.nanoTime() - start) / bodies.size();
        }
        Arrays.sort(perBody);
        System.out.printf("%-50s %8.1f µs per body (median of %d rounds)%n", what, perBody[rounds / 2] / 1000.0, rounds);
    }
}
