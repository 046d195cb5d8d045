package org.neascn.server.interchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.framework.interchange.LastChanges;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.framework.interchange.bundle.BundleImport;
import org.neascn.framework.interchange.bundle.Changes;
import org.neascn.framework.interchange.bundle.ImportPolicy;
import org.neascn.framework.interchange.bundle.NetworkBundle;
import org.neascn.framework.interchange.bundle.NetworkBundles;
import org.neascn.framework.interchange.bundle.NetworkContents;
import org.neascn.framework.interchange.iati.IatiExport;
import org.neascn.framework.interchange.iati.IatiPublisher;
import org.neascn.framework.interchange.iati.IatiSources;
import org.neascn.framework.interchange.oc4ids.Oc4idsExport;
import org.neascn.framework.interchange.oc4ids.Oc4idsPublisher;
import org.neascn.framework.interchange.spreadsheet.ImportContext;
import org.neascn.framework.interchange.spreadsheet.ImportedPlan;
import org.neascn.framework.interchange.spreadsheet.ScapSpreadsheet;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.partner.Partner;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;
import org.neascn.server.security.Caller;
import org.neascn.server.security.CurrentCaller;
import org.neascn.server.security.Role;
import org.neascn.server.workflow.AuditTrail;

/**
 * Exports and imports of a network. Exports read what the caller may read and hand back a
 * writer that streams after the transaction; imports write through the {@link RegisterService}
 * in one transaction, so every record passes the access policy and nothing is half-imported.
 */
@ApplicationScoped
@Transactional
public class InterchangeService {

    /** What a client may upload: the library's limits (20 MB, bounded unpacking, rows and cells). */
    public static final InputLimits LIMITS = InputLimits.standard();

    @Inject
    RegisterService registers;

    @Inject
    RegisterReader reader;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HostedNetworks networks;

    @Inject
    AuditTrail audit;

    /** The IATI organisation identifier of the publisher; a network without a registered one keeps this stable prefix. */
    @Inject
    @ConfigProperty(name = "neascn.iati.publisher-ref", defaultValue = "XI-NEASCN")
    String iatiPublisherRef;

    @Inject
    @ConfigProperty(name = "neascn.oc4ids.package-uri", defaultValue = "https://neascn.example/oc4ids")
    String oc4idsPackageUri;

    @Inject
    @ConfigProperty(name = "neascn.oc4ids.project-id-prefix", defaultValue = "oc4ids-neascn")
    String oc4idsPrefix;

    /**
     * The network's projects and initiatives as an IATI 2.03 document, each activity validated
     * as it is written. IATI dates a project by its plan's period, so a project without a plan
     * the caller may read cannot be an activity: it is left out and named in {@code omitted}.
     */
    public Export iati(String network) {
        Network net = reader.network(network);
        Map<String, Scap> plans = byId(reader.visible(Registers.PLANS, network), p -> p.id().value());
        List<Project> all = reader.visible(Registers.PROJECTS, network);
        List<Project> dated = all.stream().filter(p -> p.plan() != null && plans.containsKey(p.plan().value())).toList();
        List<Initiative> allInitiatives = reader.visible(Registers.INITIATIVES, network);
        Map<String, Project> projectsById = byId(all, p -> p.id().value());
        OrganisationDirectory organisations = organisations(network);
        IatiExport export = new IatiExport(IatiPublisher.of(secretariat(net, network), iatiPublisherRef),
                new IatiSources(organisations, id -> Optional.ofNullable(plans.get(id.value())),
                        id -> Optional.ofNullable(projectsById.get(id.value())),
                        id -> allInitiatives.stream().filter(i -> i.projects().contains(id)).map(Initiative::id).toList(),
                        lastChanges(network)),
                Clock.systemUTC());
        List<Project> projects = expressible(dated, export::document);
        List<Initiative> initiatives = expressible(allInitiatives, export::document);
        List<String> omitted = java.util.stream.Stream.concat(
                all.stream().filter(p -> !projects.contains(p)).map(p -> p.id().value()),
                allInitiatives.stream().filter(i -> !initiatives.contains(i)).map(i -> i.id().value())).toList();
        if (projects.isEmpty() && initiatives.isEmpty()) {
            throw new InvalidValueException("activities", "network '" + network
                    + "' has no initiative and no project with a plan to export");
        }
        return new Export(out -> export.write(projects.iterator(), initiatives.iterator(), out), omitted);
    }

    /**
     * When the exported records last changed, from the audit trail: projects, the plans that
     * date them and initiatives (the framework's {@link LastChanges} decides what counts for
     * what). Read once per export, in its transaction; a record without an entry gets no date.
     */
    private LastChanges lastChanges(String network) {
        return audit.lastChanges(network, Set.of(RecordType.PROJECT, RecordType.SCAP, RecordType.INITIATIVE));
    }

    /** An export ready to stream, and the records left out of it (no plan to date them, or records they name are gone). */
    public record Export(Consumer<OutputStream> writer, List<String> omitted) {
    }

    /**
     * The projects an export can express, each checked (and validated against the schema)
     * before a byte is sent: once streaming has begun a failure could only cut the file off. A
     * project that names a member or partner no longer in the registers is left out rather
     * than spoil the whole file; the caller is told which. Initiatives are checked the same way.
     */
    private static <T> List<T> expressible(List<T> records, java.util.function.Function<T, ?> check) {
        List<T> out = new ArrayList<>();
        for (T record : records) {
            try {
                check.apply(record);
                out.add(record);
            } catch (InvalidValueException | org.neascn.framework.interchange.SchemaViolationException e) {
                java.util.logging.Logger.getLogger(InterchangeService.class.getName())
                        .warning("Left out of an export: " + e.getMessage());
            }
        }
        return out;
    }

    /** The network's projects as an OC4IDS 0.9 project package, each project validated as it is written. */
    public Export oc4ids(String network) {
        Network net = reader.network(network);
        List<Project> all = reader.visible(Registers.PROJECTS, network);
        Map<String, Scap> plans = byId(reader.visible(Registers.PLANS, network), p -> p.id().value());
        Oc4idsExport export = new Oc4idsExport(new Oc4idsPublisher(secretariat(net, network).name().originalText(),
                URI.create(oc4idsPackageUri), oc4idsPrefix), organisations(network),
                id -> Optional.ofNullable(plans.get(id.value())), lastChanges(network), Clock.systemUTC());
        List<Project> projects = expressible(all, export::project);
        if (projects.isEmpty()) {
            throw new InvalidValueException("projects", "network '" + network + "' has no project to export");
        }
        List<String> omitted = all.stream().filter(p -> !projects.contains(p)).map(p -> p.id().value()).toList();
        return new Export(out -> export.writePackage(projects.iterator(), out), omitted);
    }

    /** A plan and its projects as the SCAP template, XLSX or CSV. */
    public Consumer<OutputStream> template(String network, String plan, boolean csv) {
        Scap scap = registers.get(Registers.PLANS, network, plan).record();
        List<Project> projects = reader.visible(Registers.PROJECTS, network).stream()
                .filter(p -> scap.id().equals(p.plan()) || scap.projects().contains(p.id())).toList();
        ImportContext codes = codes(network);
        return csv ? out -> ScapSpreadsheet.exportCsv(scap, projects, out)
                : out -> ScapSpreadsheet.exportXlsx(scap, projects, codes, out);
    }

    /** The blank SCAP template, for a network that exists, with its focus areas as drop-down lists. */
    public Consumer<OutputStream> blankTemplate(String network) {
        ImportContext codes = codes(network);
        return out -> ScapSpreadsheet.exportBlankXlsx(codes, out);
    }

    /** The network's codes (focus areas, SDG targets, members) a template offers and an import checks. */
    private ImportContext codes(String network) {
        Network net = reader.network(network);
        Set<MemberId> members = reader.visible(Registers.MEMBERS, network).stream().map(Member::id).collect(Collectors.toSet());
        return ImportContext.of(networks.get(network).data(), net.id(), members);
    }

    /**
     * Creates a plan and its projects from a filled-in template, all or nothing. Only the
     * secretariat and member editors import; each record then passes the access policy like
     * any other write, so a member editor creates only its own member's plan (403 otherwise).
     */
    public ImportedPlanView importPlan(String network, InputStream body, boolean csv) {
        reader.network(network);
        Caller caller = currentCaller.get();
        if (caller.role() != Role.SECRETARIAT && caller.role() != Role.MEMBER_EDITOR) {
            throw forbidden(caller, "import a plan");
        }
        ImportContext context = codes(network);
        ImportedPlan imported = csv ? ScapSpreadsheet.importCsv(body, LIMITS, context)
                : ScapSpreadsheet.importXlsx(body, LIMITS, context);
        Stored<Scap> plan = registers.create(Registers.PLANS, network, imported.plan());
        List<String> projects = new ArrayList<>();
        for (Project p : imported.projects()) {
            projects.add(registers.create(Registers.PROJECTS, network, p).record().id().value());
        }
        return new ImportedPlanView(plan.record().id().value(), plan.version(), projects);
    }

    /** Everything the network holds, as one versioned JSON document; the secretariat's alone. */
    public Consumer<OutputStream> exportBundle(String network) {
        Network net = reader.network(network);
        requireSecretariat("export the network");
        NetworkBundle bundle = NetworkBundle.of(Instant.now(), net, reader.all(Registers.MEMBERS, network),
                reader.all(Registers.PARTNERS, network), reader.all(Registers.PERSONS, network),
                reader.all(Registers.PLANS, network), reader.all(Registers.PROJECTS, network),
                reader.all(Registers.INITIATIVES, network), reader.all(Registers.MEETINGS, network),
                reader.all(Registers.FRAMEWORK_VERSIONS, network), List.of());
        return out -> NetworkBundles.write(bundle, out);
    }

    /** Imports a bundle into the network in one transaction, under the policy the secretariat chose. */
    public BundleImportView importBundle(String network, InputStream body, ImportPolicy policy) {
        Network net = reader.network(network);
        requireSecretariat("import into the network");
        NetworkBundle bundle = NetworkBundles.read(body, LIMITS);
        if (!bundle.consultationRounds().isEmpty()) {
            throw new InvalidValueException("consultationRounds", "this server keeps no consultation rounds; "
                    + "remove them from the bundle or import them elsewhere");
        }
        NetworkContents existing = new NetworkContents(Optional.of(net.id()), reader.ids(Registers.MEMBERS, network),
                reader.ids(Registers.PARTNERS, network), reader.ids(Registers.PERSONS, network),
                reader.ids(Registers.PLANS, network), reader.ids(Registers.PROJECTS, network),
                reader.ids(Registers.INITIATIVES, network), reader.ids(Registers.MEETINGS, network),
                reader.ids(Registers.FRAMEWORK_VERSIONS, network), Set.of());
        BundleImport plan = NetworkBundles.plan(bundle, existing, policy);
        int[] counts = new int[2];
        apply(Registers.PARTNERS, network, plan.partners(), counts);
        apply(Registers.MEMBERS, network, plan.members(), counts);
        apply(Registers.PERSONS, network, plan.persons(), counts);
        // Plans before projects: a project's plan must exist, and be its member's, when it is written.
        apply(Registers.PLANS, network, plan.plans(), counts);
        apply(Registers.PROJECTS, network, plan.projects(), counts);
        apply(Registers.INITIATIVES, network, plan.initiatives(), counts);
        apply(Registers.MEETINGS, network, plan.meetings(), counts);
        apply(Registers.FRAMEWORK_VERSIONS, network, plan.frameworkVersions(), counts);
        return new BundleImportView(network, policy.name(), counts[0], counts[1]);
    }

    private <T> void apply(Register<T, ?> register, String network, Changes<T> changes, int[] counts) {
        for (T record : changes.added()) {
            registers.carryOver(register, network, record);
            counts[0]++;
        }
        for (T record : changes.replaced()) {
            String id = register.id().apply(record);
            registers.carryOver(register, network, id, record, registers.get(register, network, id).version());
            counts[1]++;
        }
    }

    private Partner secretariat(Network net, String network) {
        return reader.visible(Registers.PARTNERS, network).stream().filter(p -> p.id().equals(net.secretariat())).findFirst()
                .or(() -> networks.get(network).data().partner(net.secretariat()))
                .orElseThrow(() -> new IllegalStateException("network " + network + " has no secretariat partner"));
    }

    private OrganisationDirectory organisations(String network) {
        return new OrganisationDirectory(reader.visible(Registers.MEMBERS, network), reader.visible(Registers.PARTNERS, network));
    }

    private void requireSecretariat(String what) {
        Caller caller = currentCaller.get();
        if (caller.role() != Role.SECRETARIAT) {
            throw forbidden(caller, what);
        }
    }

    private static RuntimeException forbidden(Caller caller, String what) {
        if (caller.isAnonymous()) {
            return new AuthenticationRequiredException("Sign in to " + what);
        }
        return new AccessDeniedException("As " + caller.role().externalName() + " you may not " + what);
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
