import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a fat jar without the native libraries of other platforms (sqlite-jdbc, pty4j, JNA and
 * FlatLaf each carry theirs for every OS and CPU). An installer is built for one OS and CPU, so
 * the rest is dead weight. Everything that is not a native library is copied unchanged.
 *
 * <p>Usage: {@code java JarSlim.java IN.jar OUT.jar} (run by installer/build.sh with the java
 * that builds the installer, whose os.name/os.arch are the target's).
 */
public final class JarSlim {
    private JarSlim() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java JarSlim.java IN.jar OUT.jar");
            System.exit(2);
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (!arm && !x64) {
            // Not a platform we have rules for: copy everything.
            Files.copy(Path.of(args[0]), Path.of(args[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        String sqlite;
        String pty4j;
        String jna;
        String flatlaf;
        if (os.contains("win")) {
            sqlite = "Windows/" + (arm ? "aarch64" : "x86_64");
            pty4j = "win/" + (arm ? "aarch64" : "x86-64");
            jna = "win32-" + (arm ? "aarch64" : "x86-64");
            flatlaf = "windows-" + (arm ? "arm64" : "x86_64");
        } else if (os.contains("mac") || os.contains("darwin")) {
            sqlite = "Mac/" + (arm ? "aarch64" : "x86_64");
            pty4j = "darwin";
            jna = "darwin-" + (arm ? "aarch64" : "x86-64");
            flatlaf = "macos-" + (arm ? "arm64" : "x86_64");
        } else if (os.contains("linux")) {
            // glibc and musl builds: the package may land on either.
            sqlite = "(Linux|Linux-Musl)/" + (arm ? "aarch64" : "x86_64");
            pty4j = "linux/" + (arm ? "aarch64" : "x86-64");
            jna = "linux-" + (arm ? "aarch64" : "x86-64");
            flatlaf = "linux-" + (arm ? "arm64" : "x86_64");
        } else {
            Files.copy(Path.of(args[0]), Path.of(args[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // Each rule: entries matching `native` are natives; of those only `keep` stay.
        List<Pattern[]> rules = List.of(
                rule("org/sqlite/native/.+", "org/sqlite/native/" + sqlite + "/.*"),
                rule("(resources/)?com/pty4j/native/.+", "(resources/)?com/pty4j/native/" + pty4j + "/.*"),
                rule("com/sun/jna/[^/]+/[^/]*jnidispatch[^/]*", "com/sun/jna/" + jna + "/.*"),
                rule("com/formdev/flatlaf/natives/.+", "com/formdev/flatlaf/natives/[^/]*" + flatlaf + "[^/]*"));

        long kept = 0;
        long dropped = 0;
        long droppedBytes = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(args[0])));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            ZipEntry entry;
            byte[] buffer = new byte[1 << 16];
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (!entry.isDirectory() && isForeign(rules, name)) {
                    dropped++;
                    droppedBytes += drain(in, buffer);
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                copy(in, out, buffer);
                out.closeEntry();
                kept++;
            }
        }
        System.out.printf("JarSlim: %s -> %s: kept %d entries, dropped %d native libraries of other platforms (%.1f MB)%n",
                Path.of(args[0]).getFileName(), Path.of(args[1]).getFileName(), kept, dropped, droppedBytes / 1e6);
    }

    private static Pattern[] rule(String nativePattern, String keepPattern) {
        return new Pattern[] {Pattern.compile(nativePattern), Pattern.compile(keepPattern)};
    }

    private static boolean isForeign(List<Pattern[]> rules, String name) {
        for (Pattern[] rule : rules) {
            if (rule[0].matcher(name).matches()) {
                return !rule[1].matcher(name).matches();
            }
        }
        return false;
    }

    private static long drain(InputStream in, byte[] buffer) throws IOException {
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }

    private static void copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
    }
}
