package almanac.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The dotfile on disk ({@code <home>/progress.yaml}). Every change is a read-merge-write
 * under an exclusive lock: the file is read afresh, the change applied to what is there,
 * and the result written to a temporary file, forced to disk and renamed over the old
 * one. So two sessions keep each other's notes, and a killed process leaves either the old
 * file or the new one. A file that cannot be read is moved aside, never overwritten.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.yaml";
    private static final String LOCK_NAME = "progress.lock";
    private static final String TEMP_PREFIX = FILE_NAME + ".tmp-";
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault()
            .supportedFileAttributeViews().contains("posix");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** FileLock is per process; this keeps two threads of one process from asking twice. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path home;
    private final Path file;
    private final Clock clock;
    private final List<String> notices = new ArrayList<>();
    /** What this store last read or wrote, and the file's identity then: unchanged files are not parsed again. */
    private Snapshot last;

    private record Snapshot(Object fileKey, long size, java.nio.file.attribute.FileTime modified, Progress progress) {
        boolean matches(java.nio.file.attribute.BasicFileAttributes now) {
            return fileKey != null && fileKey.equals(now.fileKey()) && size == now.size()
                    && modified.equals(now.lastModifiedTime());
        }
    }

    public ProgressStore(Path home, Clock clock) {
        this.home = home.toAbsolutePath().normalize();
        this.file = this.home.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Messages for the learner about things the store did on its own (a broken file moved
     * aside); each is returned once.
     */
    public List<String> takeNotices() {
        synchronized (notices) {
            List<String> out = List.copyOf(notices);
            notices.clear();
            return out;
        }
    }

    /** The progress as saved now; empty when there is no file yet. */
    public Progress load() {
        if (!Files.exists(file)) {
            return Progress.EMPTY;
        }
        if (!Files.isWritable(home)) {
            // A read-only home (a shared or mounted folder) can still be read; nothing can be
            // locked, set aside or saved there, and saving will say so.
            return readOnly();
        }
        return withLock(() -> readOrSetAside());
    }

    private Progress readOnly() {
        try {
            return ProgressYaml.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | ProgressFormatException e) {
            throw new ProgressException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Applies {@code edit} to the saved progress and saves the result, which it returns. */
    public Progress update(UnaryOperator<Progress> edit) {
        ensureHome();
        return withLock(() -> {
            Progress next = edit.apply(readOrSetAside());
            write(next);
            return next;
        });
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T withLock(Locked<T> action) {
        IN_PROCESS.lock();
        try {
            if (!Files.isDirectory(home)) {
                return action.run();
            }
            try (FileChannel lockFile = FileChannel.open(home.resolve(LOCK_NAME),
                    openOptions(), privateFile());
                    FileLock ignored = lockFile.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new ProgressException("cannot save progress in " + home + ": " + reason(e), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static java.util.Set<StandardOpenOption> openOptions() {
        return java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private Progress readOrSetAside() throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Progress.EMPTY;
        }
        // Every save renames a new file into place, so another writer's save changes the file key.
        if (last != null && last.matches(attributes)) {
            return last.progress();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Progress.EMPTY;
        }
        String problem;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            Progress progress = ProgressYaml.read(text);
            remember(progress);
            return progress;
        } catch (CharacterCodingException e) {
            problem = "not UTF-8 text";
        } catch (ProgressFormatException.Newer e) {
            throw new ProgressException("cannot use " + file + ": " + e.getMessage() + "; upgrade Almanac or use --home", e);
        } catch (ProgressFormatException e) {
            problem = e.getMessage();
        }
        Path aside = setAside();
        synchronized (notices) {
            notices.add("Your progress file " + file + " could not be read (" + problem + "); it was moved to "
                    + aside + " and a new one started.");
        }
        return Progress.EMPTY;
    }

    private Path setAside() throws IOException {
        String base = FILE_NAME + ".broken-" + STAMP.format(clock.instant());
        Path aside = home.resolve(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = home.resolve(base + "-" + n);
        }
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    private void write(Progress progress) throws IOException {
        byte[] bytes = ProgressYaml.write(progress).getBytes(StandardCharsets.UTF_8);
        removeAbandonedTemps();
        Path temp = home.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try (FileChannel out = FileChannel.open(temp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), privateFile())) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("this file system cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder();
        remember(progress);
    }

    private void remember(Progress progress) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            last = new Snapshot(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(), progress);
        } catch (IOException e) {
            last = null;
        }
    }

    /**
     * Deletes temp files left by writers killed mid-save (each a full copy of the learner's
     * notes), which would otherwise pile up. Called under the lock, so no other save is in
     * progress; a temp whose writer (the pid in its name) still runs is left alone all the same.
     */
    private void removeAbandonedTemps() {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(home, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                if (!writerAlive(temp.getFileName().toString().substring(TEMP_PREFIX.length()))) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // Harmless leftovers; the next save tries again.
        }
    }

    private static boolean writerAlive(String pidAndTime) {
        int dash = pidAndTime.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? pidAndTime : pidAndTime.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a name this store makes: not ours to delete
        }
    }

    /** Makes the rename itself durable; not every system lets a folder be opened for this. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(home, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is already on disk; only the rename's durability is left to the OS.
        }
    }

    private void ensureHome() {
        if (Files.isDirectory(home)) {
            return;
        }
        try {
            if (POSIX) {
                Files.createDirectories(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(home);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ProgressException("cannot save progress: " + home + " exists and is not a folder", e);
        } catch (IOException e) {
            throw new ProgressException("cannot create " + home + ": " + reason(e), e);
        }
    }

    private static FileAttribute<?>[] privateFile() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + message + ")";
        }
        if (message.contains("No space left")) {
            return "the disk is full";
        }
        if (message.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        return message.isEmpty() ? kind : message;
    }
}
