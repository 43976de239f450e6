package org.reportlens.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file system settings, credentials) carried to the executors.
 * Every task carries one (in its closure), so both ends do the expensive part once: the driver
 * encodes the configuration once per object (not once per task), and an executor JVM decodes each
 * distinct encoding once and shares the result (a Configuration is safe to read from many threads;
 * nothing here writes to it). Profiling showed the per-task encode and decode (several thousand
 * properties each time) as most of the Spark serialisation cost of a task.
 */
final class HadoopConf implements Serializable {
  private static final Map<ByteBuffer, Configuration> DECODED = new ConcurrentHashMap<>();

  private transient Configuration conf;
  private transient byte[] encoded;

  HadoopConf(Configuration conf) {
    this.conf = conf;
  }

  Configuration get() {
    return conf;
  }

  private synchronized byte[] encoded() {
    if (encoded == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        conf.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      encoded = bytes.toByteArray();
    }
    return encoded;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    byte[] b = encoded();
    out.writeInt(b.length);
    out.write(b);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    encoded = b;
    conf = DECODED.computeIfAbsent(ByteBuffer.wrap(b), k -> {
      Configuration c = new Configuration(false);
      try {
        c.readFields(new DataInputStream(new ByteArrayInputStream(b)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return c;
    });
  }
}
