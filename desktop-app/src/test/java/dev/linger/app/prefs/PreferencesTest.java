package dev.linger.app.prefs;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesTest {
    @Test
    void roundTripsThroughTheStoredMap() {
        Preferences p = new Preferences(Preferences.Theme.DARK, "JetBrains Mono", 15f, "/bin/zsh -l",
                Preferences.RestoreMode.ALWAYS, Preferences.CloseConfirm.NEVER, 14);
        assertThat(Preferences.fromMap(p.toMap())).isEqualTo(p);
    }

    @Test
    void unreadableValuesFallBackToDefaults() {
        Preferences p = Preferences.fromMap(Map.of("theme", "purple", "font.size", "-3",
                "restore", "sometimes", "detached.ttl.days", "-1"));
        assertThat(p.theme()).isEqualTo(Preferences.Theme.SYSTEM);
        assertThat(p.fontSize()).isZero();
        assertThat(p.restore()).isEqualTo(Preferences.RestoreMode.ASK);
        assertThat(p.detachedTtlDays()).isZero();
    }

    @Test
    void shellCommandSplitsWordsAndKeepsQuotedSpaces() {
        Preferences p = Preferences.DEFAULTS;
        assertThat(new Preferences(p.theme(), "", 0, "env PS1='$ ' /bin/bash --norc", p.restore(), p.closeConfirm(), 0)
                .shellCommand()).containsExactly("env", "PS1=$ ", "/bin/bash", "--norc");
        assertThat(p.shellCommand()).isEmpty();
    }
}
