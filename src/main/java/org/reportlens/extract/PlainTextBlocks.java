package org.reportlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/**
 * Splits plain text and Markdown (which Tika hands over as lines) into paragraphs at blank lines;
 * for Markdown, {@code #} lines become headings, {@code [^n]:} lines footnotes, and the {@code [^n]}
 * markers in the text stay for {@link LayoutCleaner} to remove. Plain text has no markup, so its
 * headings are read from how they are set ({@link PlainHeadings}).
 */
final class PlainTextBlocks {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
  private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^(\\d+)\\]:\\s*(.*)$");

  private PlainTextBlocks() {}

  static List<Block> split(List<Block> raw, boolean markdown) {
    StringBuilder all = new StringBuilder();
    for (Block b : raw) all.append(b.text()).append("\n\n");
    List<Block> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String line : all.toString().split("\n", -1)) {
      String t = line.strip();
      Matcher h = markdown ? HEADING.matcher(t) : null;
      Matcher f = markdown ? FOOTNOTE.matcher(t) : null;
      if (t.isEmpty()) {
        flush(out, para);
      } else if (h != null && h.matches()) {
        flush(out, para);
        out.add(new Block(stripMarkup(h.group(2)), 0, BlockKind.HEADING, h.group(1).length()));
      } else if (f != null && f.matches()) {
        flush(out, para);
        out.add(new Block(f.group(1) + " " + stripMarkup(f.group(2)), 0, BlockKind.FOOTNOTE, 0));
      } else {
        if (para.length() > 0) para.append('\n');
        para.append(markdown ? stripMarkup(t) : t);
      }
    }
    flush(out, para);
    return markdown ? out : PlainHeadings.mark(out);
  }

  private static void flush(List<Block> out, StringBuilder para) {
    if (para.length() > 0) out.add(Block.paragraph(para.toString(), 0));
    para.setLength(0);
  }

  /** Emphasis, links and HTML tags removed; the words kept. */
  static String stripMarkup(String s) {
    s = s.replaceAll("<[^>]+>", "");
    s = s.replaceAll("!?\\[([^\\]^][^\\]]*)\\]\\([^)]*\\)", "$1");
    s = s.replaceAll("(\\*\\*|__)(.+?)\\1", "$2");
    s = s.replaceAll("(?<![\\w*])[*_]([^*_\\s][^*_]*?)[*_](?![\\w*])", "$1");
    s = s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", "$1");
    return s.strip();
  }
}
