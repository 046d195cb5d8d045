package org.neascn.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.framework.interchange.iati.IatiExport;
import org.neascn.framework.interchange.iati.IatiPublisher;
import org.neascn.framework.interchange.iati.IatiSources;
import org.neascn.framework.interchange.oc4ids.Oc4idsExport;
import org.neascn.framework.interchange.oc4ids.Oc4idsPublisher;
import org.neascn.framework.interchange.spreadsheet.ImportContext;
import org.neascn.framework.interchange.spreadsheet.ScapSpreadsheet;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.project.Location;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Interchange throughput: IATI and OC4IDS exports of N generated projects (each validated
 * against its schema), and an XLSX template round trip of a plan with M projects.
 * Arguments: N (default 20000), M (default 500).
 */
public final class InterchangeBench {

    private InterchangeBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ReferenceDataSet ref = ReferenceData.standard();
        NetworkId network = NetworkId.of("neascn");
        MemberId ub = MemberId.of("ulaanbaatar");
        FocusAreaCode env = FocusAreaCode.of("quality-environment");
        Scap plan = new Scap(ScapId.of("ub-scap"), network, ub, 1, new YearPeriod(2021, 2025),
                LocalizedText.of("mn", "Цэвэр нийслэл").with("en", "A clean capital"), Set.of(env), List.of(),
                List.of(), ScapStatus.DRAFT);
        List<Project> projects = generate(n, network, ub, plan, env);
        OrganisationDirectory orgs = new OrganisationDirectory(ref.members(), ref.partners());

        IatiExport iati = new IatiExport(IatiPublisher.of(ref.partnerNamed("WeGO").orElseThrow(), "XI-NEASCN"),
                new IatiSources(orgs, id -> Optional.of(plan), id -> Optional.empty()), Clock.systemUTC());
        time("warm-up IATI", () -> iati.write(projects.subList(0, Math.min(2000, n)).iterator(),
                List.<Initiative>of().iterator(), OutputStream.nullOutputStream()));
        Counting out = new Counting();
        long t = time("IATI export of " + n + " projects (validated)", () -> iati.write(projects.iterator(),
                List.<Initiative>of().iterator(), out));
        System.out.printf("  %.0f activities/s, %.1f MB written%n", n * 1000.0 / t, out.count / 1e6);

        Oc4idsExport oc4ids = new Oc4idsExport(new Oc4idsPublisher("WeGO", URI.create("https://neascn.example/oc4ids"),
                "oc4ids-neascn"), orgs, Clock.systemUTC());
        time("warm-up OC4IDS", () -> oc4ids.writePackage(projects.subList(0, Math.min(2000, n)).iterator(),
                OutputStream.nullOutputStream()));
        Counting json = new Counting();
        t = time("OC4IDS export of " + n + " projects (validated)", () -> oc4ids.writePackage(projects.iterator(), json));
        System.out.printf("  %.0f projects/s, %.1f MB written%n", n * 1000.0 / t, json.count / 1e6);

        List<Project> planned = projects.subList(0, m);
        Scap withProjects = new Scap(plan.id(), network, ub, 1, plan.period(), plan.vision(), plan.focusAreas(),
                List.of(), planned.stream().map(Project::id).collect(Collectors.toList()), ScapStatus.DRAFT);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        time("XLSX template export, " + m + " projects", () -> ScapSpreadsheet.exportXlsx(withProjects, planned, xlsx));
        ImportContext context = ImportContext.of(ref, network,
                ref.members().stream().map(Member::id).collect(Collectors.toSet()));
        for (int i = 0; i < 3; i++) {
            time("XLSX template import, " + m + " projects (" + xlsx.size() / 1024 + " KB)", () ->
                    ScapSpreadsheet.importXlsx(new ByteArrayInputStream(xlsx.toByteArray()), InputLimits.standard(), context));
        }
    }

    private static List<Project> generate(int n, NetworkId network, MemberId member, Scap plan, FocusAreaCode env) {
        Stage[] stages = Stage.values();
        List<Project> projects = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            projects.add(new ProjectBuilder(ProjectId.of("p-" + i), network, member,
                    LocalizedText.of("mn", "Төсөл " + i).with("en", "Project " + i))
                    .plan(plan.id()).focusArea(env).dacSector(i % 2 == 0 ? "43030" : "23630")
                    .location(new Location(CountryCode.of("MN"), null, 47.9, 106.9))
                    .stage(stages[i % stages.length]).totalCost(Money.of(String.valueOf(1_000_000 + i), "USD"))
                    .build());
        }
        return projects;
    }

    private static long time(String what, Runnable work) {
        long start = System.nanoTime();
        work.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(what + ": " + ms + " ms");
        return Math.max(ms, 1);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
