package dev.linger.agent.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The user's login shell: what a session runs when no command is given. */
public final class ShellResolver {
    private ShellResolver() {
    }

    public static List<String> loginShell() {
        if (System.getProperty("os.name", "").toLowerCase().contains("win")) {
            String comspec = System.getenv("COMSPEC");
            return List.of(comspec != null ? comspec : "cmd.exe");
        }
        String shell = System.getenv("SHELL");
        if (shell == null || !Files.isExecutable(Paths.get(shell))) {
            shell = fromPasswd(System.getProperty("user.name"));
        }
        if (shell == null || !Files.isExecutable(Paths.get(shell))) {
            shell = "/bin/sh";
        }
        return List.of(shell, "-l");
    }

    private static String fromPasswd(String user) {
        Path passwd = Paths.get("/etc/passwd");
        try {
            for (String line : Files.readAllLines(passwd)) {
                String[] f = line.split(":");
                if (f.length >= 7 && f[0].equals(user)) {
                    return f[6];
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
