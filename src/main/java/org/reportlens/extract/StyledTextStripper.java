package org.reportlens.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.reportlens.model.Block;

/**
 * PDFBox's text stripper, asked for words with their glyphs instead of a string: PDFBox sorts the
 * glyphs by position, merges diacritics, drops duplicated (fake-bold) glyphs and finds word and
 * line breaks; each line it would write becomes a {@link PdfLine} of {@link PdfWord}s with box,
 * size, weight and slant, and each page goes through {@link PageLayout} into blocks; the blocks
 * inside a framed or shaded box are marked sidebars ({@link Sidebars}).
 * One instance per document; not thread-safe.
 */
final class StyledTextStripper extends PDFTextStripper {
  private final List<Block> blocks = new ArrayList<>();
  private final Map<PDFont, boolean[]> fontStyles = new IdentityHashMap<>();
  private final List<List<TextPosition>> pendingWords = new ArrayList<>();
  private final List<String> pendingTexts = new ArrayList<>();
  private final List<List<List<TextPosition>>> lineGlyphs = new ArrayList<>();
  private final List<List<String>> lineTexts = new ArrayList<>();

  StyledTextStripper() {
    setSortByPosition(true);
    setShouldSeparateByBeads(false);
  }

  List<Block> read(PDDocument doc) throws IOException {
    blocks.clear();
    writeText(doc, Writer.nullWriter());
    return List.copyOf(blocks);
  }

  @Override
  protected void startPage(PDPage page) {
    lineGlyphs.clear();
    lineTexts.clear();
    pendingWords.clear();
    pendingTexts.clear();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (text.isBlank() || positions.isEmpty()) return;
    pendingTexts.add(text.strip());
    pendingWords.add(List.copyOf(positions));
  }

  @Override
  protected void writeString(String text) { }

  @Override
  protected void writeWordSeparator() { }

  @Override
  protected void writeLineSeparator() { endLine(); }

  @Override
  protected void writeParagraphStart() { endLine(); }

  @Override
  protected void writeParagraphEnd() { endLine(); }

  @Override
  protected void writePageStart() { }

  @Override
  protected void writePageEnd() { endLine(); }

  private void endLine() {
    if (pendingWords.isEmpty()) return;
    lineGlyphs.add(new ArrayList<>(pendingWords));
    lineTexts.add(new ArrayList<>(pendingTexts));
    pendingWords.clear();
    pendingTexts.clear();
  }

  @Override
  protected void endPage(PDPage page) {
    endLine();
    PDRectangle box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    double width = turned ? box.getHeight() : box.getWidth();
    double height = turned ? box.getWidth() : box.getHeight();
    float mainDir = mainDirection();
    List<PdfLine> lines = new ArrayList<>();
    for (int i = 0; i < lineGlyphs.size(); i++) {
      List<PdfWord> words = new ArrayList<>();
      for (int w = 0; w < lineGlyphs.get(i).size(); w++) {
        for (List<TextPosition> part : split(lineGlyphs.get(i).get(w))) {
          PdfWord word = word(text(part, lineTexts.get(i).get(w), part.size() == lineGlyphs.get(i).get(w).size()), part, mainDir);
          if (word != null) words.add(word);
        }
      }
      if (words.isEmpty()) continue;
      words.sort(java.util.Comparator.comparingDouble(PdfWord::x0));
      lines.add(new PdfLine(words));
    }
    blocks.addAll(Sidebars.mark(PageLayout.blocks(lines, getCurrentPageNo(), width, height), PageBoxes.of(page)));
  }

  /**
   * A PDFBox "word" cut at its space glyphs and at wide gaps: PDFBox keeps the spaces a PDF writes
   * inside its words, so one "word" can run across a column gutter.
   */
  private static List<List<TextPosition>> split(List<TextPosition> glyphs) {
    List<List<TextPosition>> out = new ArrayList<>();
    List<TextPosition> cur = new ArrayList<>();
    TextPosition prev = null;
    for (TextPosition p : glyphs) {
      boolean space = p.getUnicode() == null || p.getUnicode().isBlank();
      double size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
      boolean gap = prev != null && p.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) > size * 0.5;
      if ((space || gap) && !cur.isEmpty()) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      if (!space) cur.add(p);
      prev = p;
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }

  /** The text of glyphs: PDFBox's own (ligatures and diacritics normalised) when the word was not cut. */
  private static String text(List<TextPosition> glyphs, String whole, boolean uncut) {
    if (uncut && !whole.contains(" ")) return whole;
    StringBuilder sb = new StringBuilder();
    for (TextPosition p : glyphs) sb.append(p.getUnicode());
    return java.text.Normalizer.normalize(sb.toString(), java.text.Normalizer.Form.NFKC).strip();
  }

  /** The text direction most characters of the page run in (a landscape page turns all of them). */
  private float mainDirection() {
    Map<Float, Integer> dirs = new java.util.HashMap<>();
    for (List<List<TextPosition>> line : lineGlyphs) {
      for (List<TextPosition> word : line) for (TextPosition p : word) dirs.merge(p.getDir(), 1, Integer::sum);
    }
    return dirs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  private PdfWord word(String text, List<TextPosition> glyphs, float mainDir) {
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double base = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    Map<Long, Integer> sizes = new java.util.HashMap<>();
    int bold = 0;
    int italic = 0;
    int off = 0;
    for (TextPosition p : glyphs) {
      double size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
      x0 = Math.min(x0, p.getXDirAdj());
      x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
      base = Math.max(base, p.getYDirAdj());
      top = Math.min(top, p.getYDirAdj() - Math.max(p.getHeightDir(), size * 0.7));
      sizes.merge(Math.round(size * 2), 1, Integer::sum);
      boolean[] style = style(p.getFont());
      if (style[0]) bold++;
      if (style[1]) italic++;
      if (p.getDir() != mainDir) off++;
    }
    if (x0 == Double.MAX_VALUE) return null;
    double size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(0.0);
    int n = glyphs.size();
    return new PdfWord(text, x0, Math.max(x1, x0 + 0.1), top, base, size, n, bold, italic, off * 2 > n);
  }

  /** {bold, italic} of a font, from its name and descriptor. */
  private boolean[] style(PDFont font) {
    if (font == null) return new boolean[2];
    return fontStyles.computeIfAbsent(font, f -> {
      String name = String.valueOf(f.getName()).toLowerCase(Locale.ROOT);
      PDFontDescriptor d = f.getFontDescriptor();
      boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")
          || name.contains("semibold") || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
      boolean italic = name.contains("italic") || name.contains("oblique")
          || (d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 1));
      return new boolean[] {bold, italic};
    });
  }
}
