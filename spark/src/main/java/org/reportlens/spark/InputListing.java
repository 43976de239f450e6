package org.reportlens.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's input files, found as the batch finds them ({@code InputFiles}) but on any Hadoop file
 * system: INPUT is one or more comma-separated paths or globs; a file they name is an input as it
 * is; a folder they name is read recursively, passing over entries whose name starts with '.', and
 * every file found in it is to be judged by the batch's {@code FolderRules} (in the hashing pass,
 * which reads the file anyway) against the names of its folder's other entries. A file reached
 * twice is one input, named rather than found. Runs on the driver, as Spark's own file sources list
 * their inputs; keeps every path and every listed folder's entry names. Stateless.
 */
final class InputListing {
  /** A file to hash: its Hadoop path, size, and its folder (null when the input names it: taken, not judged). */
  record Listed(String path, long size, String folder) implements Serializable {}

  /**
   * @param files   in the order found
   * @param folders every listed folder's entry names (files and folders, hidden ones too), by folder path
   */
  record Listing(List<Listed> files, HashMap<String, List<String>> folders) {}

  private InputListing() {}

  /** @throws FileNotFoundException when a part of the input matches nothing (a usage error) */
  static Listing list(String input, Configuration conf) throws IOException {
    Map<String, Listed> files = new LinkedHashMap<>();
    HashMap<String, List<String>> folders = new HashMap<>();
    List<Path> roots = new ArrayList<>();
    for (String part : input.split(",")) {
      if (part.isBlank()) continue;
      Path pattern = new Path(part.trim());
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) throw new FileNotFoundException(part.trim() + ": no such file or folder");
      for (FileStatus m : matches) {
        if (m.isDirectory()) roots.add(m.getPath());
        else files.put(m.getPath().toString(), new Listed(m.getPath().toString(), m.getLen(), null));
      }
    }
    for (Path root : roots) walk(root, conf, files, folders);
    return new Listing(new ArrayList<>(files.values()), folders);
  }

  private static void walk(Path root, Configuration conf, Map<String, Listed> files, Map<String, List<String>> folders)
      throws IOException {
    FileSystem fs = root.getFileSystem(conf);
    Deque<Path> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Path dir = todo.pop();
      if (folders.containsKey(dir.toString())) continue; // named twice, or inside another named folder
      List<String> names = new ArrayList<>();
      folders.put(dir.toString(), names);
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        names.add(name);
        if (name.startsWith(".")) continue; // hidden, as the batch passes them over
        if (s.isDirectory()) todo.push(s.getPath());
        else if (s.isFile()) files.putIfAbsent(s.getPath().toString(), new Listed(s.getPath().toString(), s.getLen(), dir.toString()));
      }
    }
  }
}
