package org.neascn.framework.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.neascn.framework.interchange.Fixtures;
import org.neascn.model.member.Member;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

/** Templates generated in the tests, filled in well and badly. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    static ImportContext context() {
        return ImportContext.of(Fixtures.reference(), Fixtures.NEASCN,
                Fixtures.members().stream().map(Member::id).collect(Collectors.toSet()));
    }

    /**
     * The waste-to-energy project as far as a plan's template carries it: with its funding,
     * implementing agency, documents and challenges, some of them in two languages.
     */
    static Project wasteToEnergy() {
        Project full = Fixtures.wasteToEnergy();
        ProjectBuilder b = new ProjectBuilder(full.id(), full.network(), full.member(), full.title())
                .plan(full.plan()).description(full.description()).dacSector(full.dacSector())
                .location(full.location()).totalCost(full.totalCost())
                // Past implementation, so that the actual start and end travel too.
                .stage(Stage.POST_IMPLEMENTATION).projectType(org.neascn.model.project.ProjectType.CONSTRUCTION)
                .actualStart(java.time.LocalDate.of(2023, 5, 2)).actualEnd(java.time.LocalDate.of(2025, 11, 28))
                .financingStatus(full.financingStatus())
                .implementingAgency(new ImplementingAgency(LocalizedText.of("mn", "Нийслэлийн Засаг даргын Тамгын газар")
                        .with("en", "Ulaanbaatar City Governor's Office"), "B+"))
                .document(new ProjectDocument(DocumentType.FEASIBILITY_STUDY, LocalizedText.of("en", "Feasibility study"),
                        java.time.LocalDate.of(2022, 3, 10), java.net.URI.create("https://www.example.org/fs.pdf")))
                .document(new ProjectDocument(DocumentType.ENVIRONMENTAL_AND_SOCIAL_IMPACT_ASSESSMENT,
                        LocalizedText.of("en", "ESIA"), null, null, ProjectDocument.Status.IN_PROGRESS))
                .challenge(new Challenge(LocalizedText.of("mn", "Тариф зардлаа нөхдөггүй").with("en",
                        "The tariff does not cover the cost"), "no-revenue-model"))
                .challenge(new Challenge(LocalizedText.of("en", "Land title unclear"), null))
                .revenueModel(LocalizedText.of("en", "Heat tariff and gate fees").with("mn", "Дулааны тариф"))
                .futurePlans(LocalizedText.of("en", "A second line in 2027"))
                .emissionReductionTco2ePerYear(new java.math.BigDecimal("85000.5"))
                .expectedOutcome(LocalizedText.of("en", "Less waste in landfill"))
                .expectedOutcome(LocalizedText.of("mn", "Агаарын бохирдол буурна").with("en", "Cleaner winter air"))
                .enablingFactor(LocalizedText.of("en", "National waste law of 2017"));
        full.funding().forEach(b::funding);
        full.participants().forEach(b::participant);
        full.instrumentsSought().forEach(b::seeks);
        full.focusAreas().forEach(b::focusArea);
        full.sdgTargets().forEach(b::sdgTarget);
        return b.build();
    }

    static Project busRapidTransit() {
        return new ProjectBuilder(ProjectId.of("ub-brt"), Fixtures.NEASCN, Fixtures.ulaanbaatarPlan().member(),
                LocalizedText.of("mn", "Автобусны хурдан тээвэр"))
                .plan(Fixtures.ulaanbaatarPlan().id())
                .focusArea(Fixtures.INFRASTRUCTURE)
                .location(Fixtures.wasteToEnergy().location())
                .stage(Stage.PRE_FEASIBILITY)
                .totalCost(Money.of("123456789012.345", "MNT"))
                .financingStatus(FinancingStatus.NOT_FUNDED_SEEKING_FULL)
                .build();
    }

    static Scap plan() {
        Scap p = Fixtures.ulaanbaatarPlan();
        return new Scap(p.id(), p.network(), p.member(), p.version(), p.period(), p.vision(), p.focusAreas(),
                p.targets(), List.of(wasteToEnergy().id(), busRapidTransit().id()), p.status());
    }

    static List<Project> projects() {
        return List.of(wasteToEnergy(), busRapidTransit());
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScapSpreadsheet.exportXlsx(plan(), projects(), out);
        return out.toByteArray();
    }

    static byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScapSpreadsheet.exportCsv(plan(), projects(), out);
        return out.toByteArray();
    }

    /** The exported workbook after an officer's edits. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The exported workbook with one part's bytes replaced by what {@code part} writes. */
    static byte[] withPart(String name, PartWriter part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    part.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The name of the Projects sheet's part in an exported workbook (sheets are numbered in order, Instructions first). */
    static final String PROJECTS_PART = "xl/worksheets/sheet6.xml";

    static InputStream endless(byte[] start) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < start.length ? start[(int) position++] & 0xFF : 'x';
            }
        };
    }

    static Set<String> sheets() {
        return Set.copyOf(Layout.SHEETS);
    }
}
