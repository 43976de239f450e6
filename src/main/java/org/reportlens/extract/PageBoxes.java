package org.reportlens.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The framed or shaded rectangles drawn on a page (a box or sidebar's frame or background), read
 * from the page's content stream with PDFBox: a rectangle path that is stroked or filled, not one
 * used only to clip. Coordinates as {x, y from the page's top, width, height} in points. Rectangles
 * smaller than 40 x 20 points (table rules, bullets) are left out. Reads one page; not thread-safe.
 */
final class PageBoxes extends PDFGraphicsStreamEngine {
  private static final int MAX_BOXES = 500;
  private final double height;
  private final List<double[]> pending = new ArrayList<>();
  private final List<double[]> boxes = new ArrayList<>();

  private PageBoxes(PDPage page) {
    super(page);
    this.height = page.getCropBox().getUpperRightY();
  }

  /** The page's boxes; none for a turned page (its text coordinates are turned) or on a read error. */
  static List<double[]> of(PDPage page) {
    if (page.getRotation() % 360 != 0) return List.of();
    PageBoxes engine = new PageBoxes(page);
    try {
      engine.processPage(page);
    } catch (IOException | RuntimeException e) {
      return List.of(); // a damaged drawing leaves the text as it is
    }
    return engine.boxes;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    if (x1 - x0 >= 40 && y1 - y0 >= 20) pending.add(new double[] {x0, height - y1, x1 - x0, y1 - y0});
  }

  private void keep() {
    if (boxes.size() + pending.size() <= MAX_BOXES) boxes.addAll(pending);
    pending.clear();
  }

  @Override public void strokePath() { keep(); }

  @Override public void fillPath(int windingRule) { keep(); }

  @Override public void fillAndStrokePath(int windingRule) { keep(); }

  @Override public void endPath() { pending.clear(); }

  @Override public void clip(int windingRule) { }

  @Override public void drawImage(PDImage pdImage) { }

  @Override public void moveTo(float x, float y) { }

  @Override public void lineTo(float x, float y) { }

  @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }

  @Override public Point2D getCurrentPoint() { return new Point2D.Float(0, 0); }

  @Override public void closePath() { }

  @Override public void shadingFill(COSName shadingName) { }

  @Override
  public void showTextString(byte[] string) { } // text is read by the stripper; only paths matter here

  @Override
  public void showTextStrings(org.apache.pdfbox.cos.COSArray array) { }
}
