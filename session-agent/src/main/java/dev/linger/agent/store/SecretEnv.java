package dev.linger.agent.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Environment variables whose names look secret: never written to disk. */
public final class SecretEnv {
    private static final Pattern SECRET = Pattern.compile(
            "TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|KEY|CREDENTIAL|AUTH|COOKIE|PRIVATE|SESSION_ID|API_?KEY");

    private SecretEnv() {
    }

    public static boolean looksSecret(String name) {
        return SECRET.matcher(name.toUpperCase(Locale.ROOT)).find();
    }

    /** The variables that may be stored, in their order. */
    public static Map<String, String> storable(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (!looksSecret(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
