package almanac.cli;

import almanac.content.Catalog;
import almanac.content.PathFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The path ids a shell can complete: those of ~/.almanac/paths, $ALMANAC_PATH and the
 * bundled paths, as found when the completion script is made.
 */
final class PathIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<PathFolder> folders = new ArrayList<>();
        String fromEnv = System.getenv("ALMANAC_PATH");
        if (fromEnv != null) {
            for (String dir : fromEnv.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    folders.add(new PathFolder.Directory(Path.of(dir)));
                }
            }
        }
        folders.add(new PathFolder.Directory(Path.of(System.getProperty("user.home"), ".almanac", "paths")));
        String checkout = System.getProperty("almanac.checkout");
        if (checkout != null) {
            folders.add(new PathFolder.Directory(Path.of(checkout, "paths")));
        }
        folders.add(new PathFolder.Bundled());
        return new Catalog(folders).ids().iterator();
    }
}
