package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Footnote;

/** Endnote blocks and foot-of-page notes on PDFs made here with PDFBox. */
class NotesOnMadePdfTest {
  @TempDir Path dir;

  @Test
  void endnoteBlocksAfterEachChapterBecomeNotesLinkedToTheirMarkers() {
    MadePdf pdf = new MadePdf().page();
    pdf.line(MadePdf.BOLD, 18, 72, 72, "Chapter One: The River");
    pdf.line(11, 72, 120, "The basin commission was given the power to set the share of each town");
    pdf.lineWithMark(11, 72, 134, "and each farm in a dry year, and it used that power.", "1");
    pdf.line(11, 72, 148, "In 2019 the commission met eleven times, and in 2020 it met nine times,");
    pdf.line(11, 72, 162, "each time in the town hall of the largest town on the delta,2 where the");
    pdf.line(11, 72, 176, "mayor chaired the meeting and kept the minutes of the debate in full.");
    pdf.page();
    pdf.line(11, 72, 72, "The minutes were published a month later in the regional gazette. 3 The");
    pdf.line(11, 72, 86, "towns upstream objected to the delay, and the assembly agreed with them.");
    pdf.line(MadePdf.BOLD, 14, 72, 130, "Notes");
    pdf.line(9, 72, 156, "1 See the basin treaty, article 4, which sets the share of each town.");
    pdf.line(9, 72, 168, "2. Interview with an official of the commission, 2019.");
    pdf.line(9, 72, 180, "3 Regional gazette, 12 May 2020, pages 4 to 9, with a long summary of");
    pdf.line(9, 72, 191, "the debate on the shares.");
    pdf.page();
    pdf.line(MadePdf.BOLD, 18, 72, 72, "Chapter Two: The Delta");
    pdf.lineWithMark(11, 72, 120, "The delta towns asked for a guarantee on the channel.", "1");
    pdf.line(11, 72, 134, "The assembly gave them one after a long debate in the summer session, and");
    pdf.line(11, 72, 148, "the channel has been dredged every second year since then.2");
    pdf.line(MadePdf.BOLD, 14, 72, 190, "Endnotes");
    pdf.line(9, 72, 216, "1 Assembly record, session 12.");
    pdf.line(9, 72, 228, "2 Dredging report of the commission, 2021.");
    pdf.line(9, 72, 270, "The author thanks the staff of the commission for their help with the maps.");
    CleanDocument d = pdf.clean(dir.resolve("endnotes.pdf"));
    String t = FurnitureOnMadePdfTest.text(d);
    assertFalse(t.contains("basin treaty"), t);
    assertFalse(t.contains("Dredging report"), t);
    assertFalse(t.matches("(?s).*\\bNotes\\b.*"), t);
    assertFalse(t.contains("Endnotes"), t);
    assertTrue(t.contains("In 2019 the commission met eleven times, and in 2020"), t);
    assertTrue(t.contains("The author thanks the staff"), "text after the notes in their type stays text: " + t);
    List<Footnote> notes = d.footnotes();
    assertEquals(5, notes.size(), notes.toString());
    assertTrue(notes.get(2).text().endsWith("long summary of the debate on the shares."), notes.toString());
    assertEquals(3, notes.get(3).page(), "chapter two's note 1 is cited on page 3: " + notes);
    // Each marker is in the text, after its word, and the chapter's numbers stay where they are.
    assertTrue(t.contains("power." + Markers.footnote(1)), t);
    assertTrue(t.contains("delta," + Markers.footnote(2)), t);
    assertTrue(t.contains("gazette. " + Markers.footnote(3)) || t.contains("gazette." + Markers.footnote(3)), t);
    assertTrue(t.contains("since then." + Markers.footnote(2)), t);
  }

  @Test
  void aParagraphInBodyTypeAtThePageTopIsNotTheRestOfTheLastPagesNote() {
    MadePdf pdf = new MadePdf().page();
    pdf.line(11, 72, 72, "The new law sets a fine for each breach of the rules on religious meetings,");
    pdf.line(11, 72, 86, "and the courts applied it twice in its first year, both times to small");
    pdf.line(11, 72, 100, "groups meeting in private homes without a permit from the city.1");
    pdf.line(8, 72, 690, "1 See the federal law of 2016 on freedom of conscience, art. 24(1),");
    pdf.page();
    pdf.line(11, 72, 72, "Violation of the rules can result in a fine of up to a month of wages for");
    pdf.line(11, 72, 86, "individuals and a much larger sum for organizations, and a ban on the");
    pdf.line(11, 72, 100, "group's meetings for a year after the second breach of the rules.2");
    pdf.line(8, 72, 690, "2 Id.");
    CleanDocument d = pdf.clean(dir.resolve("continued.pdf"));
    String t = FurnitureOnMadePdfTest.text(d);
    assertTrue(t.contains("Violation of the rules can result in a fine"), t);
    assertEquals(2, d.footnotes().size(), d.footnotes().toString());
    assertFalse(d.footnotes().get(0).text().contains("Violation"), d.footnotes().toString());
  }
}
