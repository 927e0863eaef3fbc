package no.samspill.plan;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import no.samspill.shared.Dates;

/** The plan version as a PDF for the GP and NAV (OpenPDF). Work-function content only. */
public final class PlanPdf {

    private PlanPdf() {
    }

    public static byte[] render(PlanVersion v, String patientName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Oppfølgingsplan");
        doc.open();
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        doc.add(new Paragraph("Oppfølgingsplan – " + patientName, h1));
        doc.add(new Paragraph("Versjon " + v.number() + ", publisert " + Dates.format(
                java.time.LocalDate.ofInstant(v.publishedAt(), java.time.ZoneId.of("Europe/Oslo"))), body));
        doc.add(new Paragraph("Mål", h2));
        doc.add(new Paragraph(v.goal(), body));
        doc.add(new Paragraph("Tilrettelegging", h2));
        PdfPTable adjustments = new PdfPTable(3);
        adjustments.addCell("Hva");
        adjustments.addCell("Ansvarlig");
        adjustments.addCell("Periode");
        for (PlanDraft.Adjustment a : v.adjustments()) {
            adjustments.addCell(a.what());
            adjustments.addCell(a.owner());
            adjustments.addCell(Dates.format(a.from()) + "–" + Dates.format(a.to()));
        }
        doc.add(adjustments);
        doc.add(new Paragraph("Gradert opptrapping", h2));
        PdfPTable steps = new PdfPTable(2);
        steps.addCell("Periode");
        steps.addCell("Stilling");
        for (PlanDraft.GradedStep s : v.steps()) {
            steps.addCell(Dates.format(s.from()) + "–" + Dates.format(s.to()));
            steps.addCell(s.percent() + " %");
        }
        doc.add(steps);
        doc.add(new Paragraph("Tiltak fra NAV", h2));
        doc.add(new Paragraph(v.navMeasures() == null ? "Ingen" : v.navMeasures(), body));
        doc.add(new Paragraph("Evaluering", h2));
        doc.add(new Paragraph(v.reviewDates().isEmpty() ? "Ikke avtalt" : String.join(", ",
                v.reviewDates().stream().map(Dates::format).toList()), body));
        doc.add(new Paragraph("Bekreftet", h2));
        doc.add(new Paragraph(v.acknowledgements().isEmpty() ? "Ikke bekreftet ennå" : String.join(", ",
                v.acknowledgements().stream().map(a -> a.party().label()).toList()), body));
        doc.close();
        return out.toByteArray();
    }
}
