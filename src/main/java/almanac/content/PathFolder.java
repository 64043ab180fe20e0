package almanac.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** A place path files are found: a folder on disk, or the paths bundled in the program itself. */
public sealed interface PathFolder {

    /** The ids of the path files here, in name order. */
    List<String> ids();

    /** Loads the path with this id, if this folder has one. */
    Optional<LoadResult> load(String id);

    /** How messages name this place. */
    String describe();

    /** A folder of {@code <id>.yaml} files, parsed through {@code cache}. */
    record Directory(Path dir, ParsedPathCache cache) implements PathFolder {
        public Directory(Path dir) {
            this(dir, ParsedPathCache.NONE);
        }

        @Override
        public List<String> ids() {
            List<String> ids = new ArrayList<>();
            if (!Files.isDirectory(dir)) {
                return ids;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    ids.add(name.substring(0, name.lastIndexOf('.')));
                }
            } catch (IOException e) {
                return ids;
            }
            ids.sort(null);
            return ids;
        }

        @Override
        public Optional<LoadResult> load(String id) {
            for (String ext : List.of(".yaml", ".yml")) {
                Path file = dir.resolve(id + ext);
                if (Files.isRegularFile(file)) {
                    return Optional.of(PathLoader.load(file, shown(file), cache));
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return dir.toString();
        }

        private static String shown(Path file) {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        }
    }

    /** The paths packed into the jar (or the classes folder) under {@code paths/}, parsed through {@code cache}. */
    record Bundled(ParsedPathCache cache) implements PathFolder {
        public Bundled() {
            this(ParsedPathCache.NONE);
        }

        @Override
        public List<String> ids() {
            List<String> ids = new ArrayList<>();
            try {
                var location = Bundled.class.getProtectionDomain().getCodeSource().getLocation();
                Path code = Path.of(location.toURI());
                if (Files.isDirectory(code)) {
                    ids.addAll(new Directory(code.resolve("paths")).ids());
                } else {
                    try (JarFile jar = new JarFile(code.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String name = e.nextElement().getName();
                            if (name.startsWith("paths/") && name.endsWith(".yaml") && name.indexOf('/', 6) < 0) {
                                ids.add(name.substring(6, name.length() - 5));
                            }
                        }
                    }
                }
            } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
                return ids;
            }
            ids.sort(null);
            return ids;
        }

        @Override
        public Optional<LoadResult> load(String id) {
            try (InputStream in = Bundled.class.getResourceAsStream("/paths/" + id + ".yaml")) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes(YamlSource.MAX_BYTES + 1);
                return Optional.of(cache.parse(bytes, "(bundled) " + id + ".yaml", id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String describe() {
            return "bundled with Almanac";
        }
    }
}
