package org.reportlens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.FailureReason;
import org.reportlens.model.OutlineEntry;
import org.reportlens.model.ReportException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Extracts PDF, DOCX, HTML, Markdown and plain text with Tika's auto-detecting parser (format by
 * content, not by file name) into {@link Block}s carrying page numbers. Reads the XHTML events Tika
 * emits: {@code <div class="page">} per PDF page, paragraphs, headings, list items, DOCX footnotes and
 * pull-quote styles, and PDF bookmarks (the {@code <ul>} after the last page).
 *
 * <p>PDFs with a text layer are read by {@link PdfBoxExtractor} instead, with fonts and positions;
 * Tika still detects them, and reads those PDFBox cannot (damaged, encrypted, image-only: OCR runs
 * when Tesseract is installed) to say why they fail. Does not clean anything (see {@link LayoutCleaner}). Thread-safe: the Tika parser is stateless.
 */
public final class TikaExtractor implements Extractor {
  /** Characters read from one file at most; a larger document is refused rather than filling the heap. */
  public static final int MAX_CHARACTERS = 20_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();
  private final boolean ocr;

  public TikaExtractor() {
    this(Ocr.available());
  }

  public TikaExtractor(boolean ocr) {
    this.ocr = ocr;
  }

  @Override
  public ExtractedText extract(Path file) throws ReportException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) throw new ReportException(name, FailureReason.UNREADABLE, "not a readable file");
    ZipBombGuard.check(file);
    if (pdfWithText(file)) {
      ExtractedText styled = styledPdf(file);
      if (styled != null) return styled;
    }
    BlockHandler handler = new BlockHandler();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractAnnotationText(false);
    pdf.setExtractBookmarksText(true);
    pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    context.set(TesseractOCRConfig.class, tesseract);
    context.set(Parser.class, parser); // embedded documents (images in DOCX) go through the same parser
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, new WriteOutContentHandler(handler, MAX_CHARACTERS), metadata, context);
    } catch (ZeroByteFileException e) {
      throw new ReportException(name, FailureReason.NO_TEXT, "empty file (0 bytes)", e);
    } catch (EncryptedDocumentException e) {
      throw new ReportException(name, FailureReason.ENCRYPTED, "encrypted or password-protected", e);
    } catch (IOException e) {
      throw new ReportException(name, FailureReason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ReportException(name, FailureReason.TOO_LARGE, "more than " + MAX_CHARACTERS + " characters of text", e);
      }
      throw new ReportException(name, FailureReason.UNREADABLE, "malformed content: " + e.getMessage(), e);
    } catch (TikaException e) {
      ReportException damage = PdfDamage.diagnose(file, e);
      throw damage != null ? damage : classify(name, e);
    } catch (RuntimeException e) {
      throw new ReportException(name, FailureReason.UNREADABLE, "parser failed: " + e, e);
    }
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    List<Block> blocks = handler.blocks(mediaType);
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    int pageCount = handler.pages > 0 ? handler.pages : 0;
    if (pageCount == 0 && pages != null && mediaType.equals("application/pdf")) pageCount = pages;
    if (blocks.stream().allMatch(b -> b.text().isBlank())) {
      String why = mediaType.equals("application/pdf")
          ? "no text layer (image-only PDF?)" + (ocr ? " and OCR found none" : "; install Tesseract to OCR it")
          : "no text found (" + mediaType + ")";
      throw new ReportException(name, FailureReason.NO_TEXT, why);
    }
    return new ExtractedText(name, mediaType, pageCount, keep(metadata), blocks, handler.outline);
  }

  /** True when Tika's detector (content first, then name) says the file is a PDF. */
  private boolean pdfWithText(Path file) {
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(file)) {
      return baseType(parser.getDetector().detect(in, m).toString()).equals("application/pdf");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The PDF read with its typography and positions ({@link PdfBoxExtractor}); null when PDFBox
   * cannot read it or finds (almost) no text, so that Tika's parse says why or runs OCR.
   */
  private static ExtractedText styledPdf(Path file) {
    try {
      ExtractedText x = new PdfBoxExtractor().extract(file);
      if (x.characters() > MAX_CHARACTERS) return null; // Tika's write limit reports it
      return x.characters() >= 20 * Math.max(1, x.pages() / 10) ? x : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static ReportException classify(String name, TikaException e) {
    String msg = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause());
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("encrypt") || lower.contains("password")) {
      return new ReportException(name, FailureReason.ENCRYPTED, "encrypted or password-protected", e);
    }
    if (lower.contains("eof") || lower.contains("truncat") || lower.contains("end of file") || lower.contains("trailer")
        || lower.contains("startxref")) {
      return new ReportException(name, FailureReason.TRUNCATED, "truncated or damaged: " + oneLine(msg), e);
    }
    return new ReportException(name, FailureReason.UNREADABLE, "cannot parse: " + oneLine(msg), e);
  }

  private static String oneLine(String s) {
    s = s.replaceAll("\\s+", " ").trim();
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private static String baseType(String contentType) {
    if (contentType == null) return "application/octet-stream";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
  }

  private static Map<String, String> keep(Metadata m) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "title", m.get(TikaCoreProperties.TITLE));
    put(out, "creator", m.get(TikaCoreProperties.CREATOR));
    put(out, "language", m.get(TikaCoreProperties.LANGUAGE));
    put(out, "created", m.get(TikaCoreProperties.CREATED));
    put(out, "contentType", m.get(Metadata.CONTENT_TYPE));
    return out;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) map.put(key, value.trim());
  }

  /** Collects Tika's XHTML events into blocks. One instance per document. */
  private static final class BlockHandler extends DefaultHandler {
    final List<Block> raw = new ArrayList<>();
    final List<OutlineEntry> outline = new ArrayList<>();
    int pages;
    private int pageDepth = -1;
    private int depth;
    private int listDepth;
    private boolean afterPages;
    private int footnoteDepth = -1;
    private int skipDepth = -1;
    private StringBuilder buf;
    private BlockKind kind;
    private int level;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      depth++;
      String cls = atts.getValue("class");
      switch (local) {
        case "div" -> {
          if ("page".equals(cls)) {
            pages++;
            pageDepth = depth;
          } else if ("footnote".equals(cls) || "endnote".equals(cls)) {
            footnoteDepth = depth;
          } else if ("annotation".equals(cls) && skipDepth < 0) {
            skipDepth = depth; // PDF link targets repeat text that is already in the page
          }
        }
        case "p" -> open(footnoteDepth >= 0 ? BlockKind.FOOTNOTE
            : cls != null && cls.toLowerCase(Locale.ROOT).replace("_", "").contains("pullquote") ? BlockKind.PULL_QUOTE
            : BlockKind.PARAGRAPH, 0);
        case "h1", "h2", "h3", "h4", "h5", "h6" -> open(BlockKind.HEADING, local.charAt(1) - '0');
        case "ul", "ol" -> listDepth++;
        case "li" -> open(BlockKind.LIST_ITEM, listDepth);
        case "br" -> {
          if (buf != null) buf.append('\n');
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> close();
        case "div" -> {
          if (depth == pageDepth) {
            close();
            pageDepth = -1;
            afterPages = true;
          }
          if (depth == footnoteDepth) footnoteDepth = -1;
          if (depth == skipDepth) skipDepth = -1;
        }
        case "ul", "ol" -> listDepth--;
        default -> { }
      }
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (skipDepth >= 0) return;
      if (buf == null) {
        // Text outside any block element: Tika's plain-text parser emits <p> but some parsers do not.
        if (new String(ch, start, length).isBlank()) return;
        open(BlockKind.PARAGRAPH, 0);
      }
      buf.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      if (buf != null) buf.append(ch, start, length);
    }

    private void open(BlockKind k, int lvl) {
      close();
      buf = new StringBuilder();
      kind = k;
      level = lvl;
    }

    private void close() {
      if (buf == null) return;
      String text = normalize(buf.toString());
      boolean outlineItem = kind == BlockKind.LIST_ITEM && afterPages && pageDepth < 0 && pages > 0;
      if (!text.isBlank()) {
        if (outlineItem) {
          outline.add(new OutlineEntry(text.replace('\n', ' ').trim(), level));
        } else {
          raw.add(new Block(text, pageDepth >= 0 ? pages : 0, kind, level));
        }
      }
      buf = null;
    }

    List<Block> blocks(String mediaType) {
      boolean markdown = mediaType.equals("text/x-web-markdown") || mediaType.equals("text/markdown");
      if (mediaType.equals("text/plain") || markdown) {
        return PlainTextBlocks.split(raw, markdown);
      }
      return raw;
    }
  }

  /** Spaces of justified PDF lines collapsed, line breaks kept, no-break spaces and soft hyphens made plain. */
  static String normalize(String s) {
    s = s.replace('\u00a0', ' ').replace("\u00ad\n", "-\n").replace("\u00ad", "").replace("\r\n", "\n").replace('\r', '\n');
    s = s.replaceAll("[ \\t\\x0B\\f]+", " ");
    s = s.replaceAll(" *\n *", "\n");
    return s.strip();
  }
}
