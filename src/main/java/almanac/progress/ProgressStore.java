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
    /**
     * The largest dotfile read: an eighth of the heap (about 7.7 MB in the launcher's 64 MB),
     * which a file of long notes parses in with room to spare. Notes are capped, so only years
     * of heavy use, or a file edited by hand, come near it; a bigger heap reads a bigger file.
     * (Over a hundred thousand tiny notes can run the heap out below it: that is one line too.)
     */
    static final long MAX_FILE_BYTES = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8);
    /** How long a save waits for another process's lock before it gives up and says so. */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(10);
    /** FileLock is per process; this keeps two threads of one process from asking twice. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path home;
    private final Path file;
    private final Clock clock;
    private final List<String> notices = new ArrayList<>();
    /** What this store last read or wrote, and the file's identity then: unchanged files are not parsed again. */
    private Snapshot last;
    private boolean homeChecked;
    private final long maxFileBytes;

    private record Snapshot(Object fileKey, long size, java.nio.file.attribute.FileTime modified, Progress progress) {
        boolean matches(java.nio.file.attribute.BasicFileAttributes now) {
            return fileKey != null && fileKey.equals(now.fileKey()) && size == now.size()
                    && modified.equals(now.lastModifiedTime());
        }
    }

    public ProgressStore(Path home, Clock clock) {
        this(home, clock, MAX_FILE_BYTES);
    }

    /** With another limit on the dotfile's size, so tests need not write hundreds of megabytes. */
    ProgressStore(Path home, Clock clock, long maxFileBytes) {
        this.home = home.toAbsolutePath().normalize();
        this.file = this.home.resolve(FILE_NAME);
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
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
            byte[] bytes = readBytes();
            return bytes == null ? Progress.EMPTY : ProgressYaml.read(new String(bytes, StandardCharsets.UTF_8));
        } catch (ProgressFormatException.Newer e) {
            throw newer(e);
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
            checkHomeIsPrivate();
            Path lock = home.resolve(LOCK_NAME);
            checkLockFile(lock);
            try (FileChannel lockFile = FileChannel.open(lock, openOptions(), privateFile());
                    FileLock ignored = acquire(lockFile, lock)) {
                return action.run();
            }
        } catch (IOException e) {
            throw new ProgressException("cannot save progress in " + home + ": " + reason(e), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * Waits up to {@link #LOCK_WAIT} for the lock. Another session holds it for a few
     * milliseconds per save; one that holds it longer is stuck (stopped with Ctrl-Z, or
     * hung on a network file system), and waiting for ever would freeze this session with
     * no word said. Then this save fails with a line, and the next one tries again.
     */
    private static FileLock acquire(FileChannel channel, Path lock) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            FileLock got = channel.tryLock();
            if (got != null) {
                return got;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("another Almanac has held " + lock + " for over " + LOCK_WAIT.toSeconds()
                        + " s (is one stopped or stuck?)");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for " + lock);
            }
        }
    }

    /**
     * The lock file is opened without following links (a link planted there would have the
     * lock create or open a file anywhere), and only when it is a regular file or absent: a
     * FIFO there would block the open for ever.
     */
    private static java.util.Set<java.nio.file.OpenOption> openOptions() {
        return java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static void checkLockFile(Path lock) throws IOException {
        try {
            var attributes = Files.readAttributes(lock, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new IOException(lock + " is " + (attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file")
                        + "; delete it (Almanac makes a new one)");
            }
        } catch (NoSuchFileException e) {
            // made by the open
        }
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
        byte[] bytes = readBytes();
        if (bytes == null) {
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
            throw newer(e);
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

    private ProgressException newer(ProgressFormatException.Newer e) {
        return new ProgressException("cannot use " + file + ": " + e.getMessage() + "; upgrade Almanac or use --home", e);
    }

    /**
     * The dotfile's bytes, or null when there is none. Only a regular file (or a link to one)
     * is read, and only up to {@link #MAX_FILE_BYTES}: a FIFO would block while the lock is
     * held, a device never ends, and a huge file would run the heap out. None of them is
     * touched; the message says what to do.
     */
    private byte[] readBytes() throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            throw new ProgressException(file + " is " + (attributes.isDirectory() ? "a folder" : "not a regular file")
                    + ", so it cannot hold your progress; move it away or use --home", null);
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size > maxFileBytes) {
                throw tooBig(size);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // reads until the end, or one byte past the size it had (it grew meanwhile)
            }
            if (buffer.position() > maxFileBytes) {
                throw tooBig(buffer.position());
            }
            return java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private ProgressException tooBig(long size) {
        return new ProgressException(file + " is " + megabytes(size) + ", more than Almanac reads with this much memory ("
                + megabytes(maxFileBytes) + "); it is unchanged. To read it, run with a larger heap, e.g. ALMANAC_JAVA_OPTS=-Xmx"
                + Math.max(256, Long.highestOneBit(size * 8 >> 20) * 2) + "m; or move it aside to start afresh", null);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private Path setAside() throws IOException {
        String base = FILE_NAME + ".broken-" + Stamp.FORMAT.format(clock.instant());
        Path aside = home.resolve(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = home.resolve(base + "-" + n);
        }
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    private void write(Progress progress) throws IOException {
        byte[] bytes = ProgressYaml.write(progress).getBytes(StandardCharsets.UTF_8);
        Path target = realFile();
        Path folder = target.getParent();
        removeAbandonedTemps(folder);
        Path temp = folder.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime());
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
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("this file system cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
        remember(progress);
    }

    /**
     * Where the dotfile's bytes live: the file itself, or the file it links to (people keep
     * dotfiles in a git repository and link them in). The new file is written beside that
     * one and renamed over it, so the link keeps working and is never replaced by a plain file.
     */
    private Path realFile() throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IOException(file + " is a link to " + Files.readSymbolicLink(file)
                    + ", which does not exist; create that file or remove the link", e);
        }
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
    private void removeAbandonedTemps(Path folder) {
        // A filter, not a glob: a glob is compiled to a regular expression at every save.
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(TEMP_PREFIX))) {
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
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is already on disk; only the rename's durability is left to the OS.
        }
    }

    /**
     * Someone else who can write to the home can swap the dotfile or the lock for their own.
     * A home of ours that others may write to is made private (0700), with a notice; one
     * that is not ours, or a shared folder with the sticky bit (like /tmp), is only warned
     * about. Checked once per run.
     */
    private void checkHomeIsPrivate() {
        if (homeChecked || !POSIX) {
            return;
        }
        homeChecked = true;
        try {
            int mode = (Integer) Files.getAttribute(home, "unix:mode");
            if ((mode & 0022) == 0) {
                return;
            }
            boolean ours = Files.getOwner(home).getName().equals(System.getProperty("user.name"));
            if (ours && (mode & 01000) == 0) {
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
                notice(home + " could be written by other users; it is now private to you (chmod 700).");
            } else {
                notice(home + " can be written by other users, who could change your progress; use a private folder"
                        + " (--home or $ALMANAC_HOME).");
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No unix attributes here: nothing to check.
        }
    }

    private void notice(String message) {
        synchronized (notices) {
            notices.add(message);
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

    /**
     * The time in a set-aside file's name, made when a file is first set aside: building a
     * formatter sets up java.time's formatting (about 2 ms of every cold start otherwise).
     */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC);
    }
}
