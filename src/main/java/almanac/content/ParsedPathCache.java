package almanac.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Path files as parsed before, kept in a folder so a later run need not parse them again.
 * Parsing the 100 KB bundled path with SnakeYAML takes about 0.1 s on a cold JVM, the largest
 * part of {@code list} and of the first screen; reading the parse back takes a few ms.
 *
 * <p>It is a memo of {@link PathLoader#parse}, which depends only on the file's bytes, the
 * name messages give it and the id its name implies. An entry counts only if it was written
 * by this very build of the program for exactly those bytes (their length and two checksums)
 * and that name; anything else, a damaged entry included, is parsed again and written over.
 * Nothing here can fail a run: an entry that cannot be read or written is simply not used.
 */
public final class ParsedPathCache {
    /** No cache: every file is parsed. */
    public static final ParsedPathCache NONE = new ParsedPathCache(null, "");

    private static final int MAGIC = 0x414C4D50;  // "ALMP"

    private final Path dir;
    private final String build;

    /**
     * @param dir   the cache folder, created (owner only) when first written if its parent exists;
     *              null for no cache
     * @param build what identifies the program that parses: an entry from another build is stale
     */
    ParsedPathCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * A cache in {@code dir}, for the program as built now: entries are keyed by the size and
     * modification time of the jar (or classes folder) the parser was loaded from, so a rebuilt
     * program never reads what an older one wrote. No cache when that cannot be told.
     */
    public static ParsedPathCache in(Path dir) {
        try {
            Path code = Path.of(ParsedPathCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            return new ParsedPathCache(dir, LoadResultCodec.FORMAT + ":" + a.size() + ":" + a.lastModifiedTime().toMillis());
        } catch (Exception e) {
            // No code source (an unusual class loader) or it cannot be read: parse every time.
            return NONE;
        }
    }

    /** What {@link PathLoader#parse} would return for these arguments. */
    public LoadResult parse(byte[] bytes, String file, String expectedId) {
        if (dir == null) {
            return PathLoader.parse(bytes, file, expectedId);
        }
        Path entry = dir.resolve(entryName(file, expectedId));
        Key key = new Key(build, file, expectedId == null ? "" : expectedId, bytes.length, crc(bytes), adler(bytes));
        LoadResult cached = read(entry, key);
        if (cached != null) {
            return cached;
        }
        LoadResult parsed = PathLoader.parse(bytes, file, expectedId);
        write(entry, key, parsed);
        return parsed;
    }

    /** What an entry must have been written for. */
    private record Key(String build, String file, String expectedId, int length, long crc, long adler) {
        /**
         * Field by field rather than the record's own equals, which is bootstrapped through
         * method handles on first use: tens of milliseconds on a cold JVM, more than the read.
         */
        boolean matches(Key other) {
            return other != null && length == other.length && crc == other.crc && adler == other.adler
                    && build.equals(other.build) && file.equals(other.file) && expectedId.equals(other.expectedId);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeUTF(build);
            out.writeUTF(file);
            out.writeUTF(expectedId);
            out.writeInt(length);
            out.writeLong(crc);
            out.writeLong(adler);
        }

        static Key read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                return null;
            }
            return new Key(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readLong(), in.readLong());
        }
    }

    /** One entry per file name and id: an edited file replaces its entry instead of adding one. */
    private static String entryName(String file, String expectedId) {
        byte[] name = (file + "\u0000" + expectedId).getBytes(StandardCharsets.UTF_8);
        // Joined, not String.format: a Formatter is set up for a few ms on a cold start.
        return hex8(crc(name)) + hex8(adler(name)) + ".parsed";
    }

    /** A 32-bit checksum as eight hex digits, as %08x writes it. */
    private static String hex8(long checksum) {
        return Long.toHexString(checksum | 1L << 32).substring(1);
    }

    private static LoadResult read(Path entry, Key key) {
        try {
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(entry);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (!key.matches(Key.read(in))) {
                return null;
            }
            int length = in.readInt();
            long crc = in.readLong();
            int start = bytes.length - in.available();
            if (length != bytes.length - start || crc != crc(bytes, start, length)) {
                return null;  // torn or damaged
            }
            return LoadResultCodec.read(bytes, start);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void write(Path entry, Key key, LoadResult result) {
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                if (dir.getParent() == null || !Files.isDirectory(dir.getParent())) {
                    return;  // never creates the learner's home just for a cache
                }
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectory(dir);
                }
            }
            byte[] body = LoadResultCodec.write(result);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            key.write(out);
            out.writeInt(body.length);
            out.writeLong(crc(body, 0, body.length));
            out.write(body);
            out.flush();
            temp = Files.createTempFile(dir, ".parsed-", ".tmp");
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only home: the file is parsed again next time, nothing more.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next write to replace; it is never read
                }
            }
        }
    }

    private static long crc(byte[] bytes) {
        return crc(bytes, 0, bytes.length);
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    private static long adler(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes, 0, bytes.length);
        return adler.getValue();
    }
}
