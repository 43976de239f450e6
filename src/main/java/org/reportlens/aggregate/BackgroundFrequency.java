package org.reportlens.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Background document frequencies of words ({@code models/background-df.tsv}): in how many documents
 * of a general public-domain corpus each word occurs, so that keyphrase ranking can sink the words
 * every text uses ("report", "efforts"). Words are lower-cased with a plural s dropped
 * ({@link #normalise}); the file's first data row is {@code #documents <N>}.
 *
 * <p>{@link #main} builds the file from a folder of UTF-8 {@code .txt} files: the shipped file comes
 * from the 240 State of the Union addresses (1790-2024, public domain) with
 * {@code java -cp target/reportlens.jar org.reportlens.aggregate.BackgroundFrequency ../shared/corpus/sotu models/background-df.tsv};
 * words in fewer than {@value #MIN_DF} documents are left out (they count as unseen). Immutable, thread-safe.
 */
public final class BackgroundFrequency {
  static final int MIN_DF = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’\\-][\\p{L}]+)*");

  private final int documents;
  private final Map<String, Integer> df;

  BackgroundFrequency(int documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = Map.copyOf(df);
  }

  public int documents() { return documents; }

  /**
   * ln((N + 1) / (df + 1)) of a word, from about 0 (every document has it) to ln(N + 1) (none has
   * it): how much a word tells beyond ordinary prose.
   */
  public double idf(String word) {
    return Math.log((documents + 1.0) / (df.getOrDefault(normalise(word), 0) + 1.0));
  }

  /** The mean {@link #idf} of a phrase's words, divided by the largest possible value: 0..1. */
  public double weight(String phrase) {
    String[] words = phrase.split(" ");
    double sum = 0;
    for (String w : words) sum += idf(w);
    return sum / words.length / Math.log(documents + 1.0);
  }

  /** Lower case, curly apostrophe straightened, a plural s dropped ("missions" -> "mission"; "crisis" stays). */
  public static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }
    return w;
  }

  public static BackgroundFrequency load(Path file) {
    int n = 0;
    Map<String, Integer> df = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("#documents\t")) n = Integer.parseInt(line.substring(11).strip());
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        if (c.length == 2 && !c[0].equals("word")) df.put(c[0], Integer.parseInt(c[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + file, e);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": bad number: " + e.getMessage(), e);
    }
    if (n <= 0) throw new IllegalArgumentException(file + ": no '#documents<TAB>N' line");
    return new BackgroundFrequency(n, df);
  }

  /** Document frequencies of the normalised words of each text. */
  static BackgroundFrequency count(List<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Set<String> seen = new HashSet<>();
      Matcher m = WORD.matcher(t);
      while (m.find()) seen.add(normalise(m.group()));
      for (String w : seen) df.merge(w, 1, Integer::sum);
    }
    return new BackgroundFrequency(texts.size(), df);
  }

  /** Builds the file: {@code BackgroundFrequency <folder of .txt files> <output.tsv>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BackgroundFrequency <folder of .txt files> <output.tsv>");
      System.exit(2);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path p : files) texts.add(Files.readString(p, StandardCharsets.UTF_8));
    BackgroundFrequency bf = count(texts);
    StringBuilder out = new StringBuilder();
    out.append("# Background document frequencies for keyphrase ranking (org.reportlens.aggregate.BackgroundFrequency).\n")
        .append("# Built from ").append(files.size()).append(" .txt files of ").append(Path.of(args[0]).getFileName())
        .append(" (State of the Union addresses 1790-2024: public domain) by its main method.\n")
        .append("# Words lower-cased, plural s dropped; words in fewer than ").append(MIN_DF).append(" documents left out.\n")
        .append("#documents\t").append(files.size()).append('\n')
        .append("word\tdf\n");
    new TreeMap<>(bf.df).forEach((w, n) -> {
      if (n >= MIN_DF) out.append(w).append('\t').append(n).append('\n');
    });
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
    System.err.println("wrote " + args[1] + " from " + files.size() + " documents");
  }
}
